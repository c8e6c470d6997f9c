package com.residentdesk.emergency;

import static com.residentdesk.casefile.Steps.fields;
import static com.residentdesk.casefile.Steps.step;
import static com.residentdesk.emergency.EmergencyResponseProcess.Element.*;

import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.GroupMembership;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What completing each task of the emergency response records and checks. */
@Configuration
class EmergencySteps {

  /** EMG-01: each alerted person acknowledges. */
  @Bean
  TaskStep acknowledgeAlertStep() {
    return step(ACKNOWLEDGE_ALERT, "EMG-01", fields("alertNote", "Acknowledged"), (task, c) -> {});
  }

  /** HLP-01: nobody on duty; the centre manager names a responder from the handling group. */
  @Bean
  TaskStep organiseResponseStep(GroupMembership membership) {
    return step(
        ORGANISE_RESPONSE,
        "HLP-01",
        fields("organiseNote", "How the response was organised"),
        (task, c) -> {
          String responder =
              TaskStep.required(task, EmergencyResponseProcess.Var.RESPONDER, "The responder");
          membership.require(
              EmergencyResponseProcess.Var.RESPONDER, responder, c.getHandlingGroup());
          task.setVariable(EmergencyResponseProcess.Var.RESPONDER, responder);
        });
  }

  /** EMG-01/EMG-02: which emergency services were called, by whom and when; the safety measures. */
  @Bean
  TaskStep emergencyPlanStep(DeskClock clock) {
    return step(
        START_EMERGENCY_PLAN,
        "EMG-01",
        fields(
            "called110",
            "110 police called",
            "called119",
            "119 fire brigade called",
            "called120",
            "120 ambulance called",
            "calledBy",
            "Called by",
            "calledAt",
            "Called at",
            "safetyMeasures",
            "Safety measures (EMG-02)"),
        (task, c) -> {
          TaskStep.required(task, "safetyMeasures", "The safety measures taken (EMG-02)");
          boolean servicesCalled =
              TaskStep.flag(task, "called110")
                  || TaskStep.flag(task, "called119")
                  || TaskStep.flag(task, "called120");
          if (servicesCalled) {
            TaskStep.required(
                task, "calledBy", "calledBy: who called the emergency services (EMG-01)");
            TaskStep.moment(
                task,
                "calledAt",
                "calledAt: when the emergency services were called (EMG-01)",
                c,
                clock.now());
          }
        });
  }

  /** EMG-03: address, phone and the resident's choice. */
  @Bean
  TaskStep medicalDetailsStep() {
    return step(
        RECORD_MEDICAL_DETAILS,
        "EMG-03",
        fields(
            "address", "Address", "contactPhone", "Phone", "residentChoice", "Resident's choice"),
        (task, c) -> {
          TaskStep.required(task, "address", "The address");
          TaskStep.required(task, "contactPhone", "The phone number");
          TaskStep.oneOf(
              task,
              "residentChoice",
              "The resident's choice",
              List.of("hospital", "ambulance", "staff-help"));
        });
  }

  /** EMG-04/SVC-05: arrival on site stops the arrival clock. */
  @Bean
  TaskStep arriveOnSiteStep(Deadlines deadlines, DeskClock clock) {
    return step(
        ARRIVE_ON_SITE,
        Rules.EMG_04,
        fields("arrivedAt", "Arrived on site"),
        (task, c) -> {
          TaskStep.moment(task, "arrivedAt", "The arrival time", c, clock.now());
          deadlines.meet(c.getId(), Rules.EMG_04);
        });
  }

  /**
   * HLP-04/HLP-05/EMG-05: handling, result and incident report; a dispute is mediated, no action is
   * taken against the other party, and an unsettled dispute means the police were called.
   */
  @Bean
  TaskStep handleEmergencyStep(DeskClock clock) {
    return step(
        HANDLE_EMERGENCY,
        "HLP-05",
        fields(
            "handlingNotes",
            "Handling",
            "result",
            "Result",
            "incidentReport",
            "Incident report",
            "hazardDescription",
            "Safety hazard (EMG-05)",
            "dispute",
            "Dispute with another party (HLP-04)",
            "mediationOutcome",
            "Mediation outcome",
            "policeCalled",
            "Police (110) called"),
        (task, c) -> {
          TaskStep.required(task, "handlingNotes", "What was done");
          String result = TaskStep.required(task, "result", "The result");
          TaskStep.required(task, "incidentReport", "The incident report");
          if (TaskStep.flag(task, "dispute")) {
            String outcome =
                TaskStep.oneOf(
                    task,
                    "mediationOutcome",
                    "The mediation outcome (HLP-04)",
                    List.of("settled", "not-settled"));
            if ("not-settled".equals(outcome) && !TaskStep.flag(task, "policeCalled")) {
              throw new InvalidEntryException(
                  "policeCalled",
                  "policeCalled: a dispute that mediation did not settle is handed to the police (HLP-04)");
            }
          }
          boolean hazard = TaskStep.flag(task, EmergencyResponseProcess.Var.HAZARD_FOUND);
          if (hazard) {
            c.recordHazard(
                TaskStep.required(
                    task, "hazardDescription", "hazardDescription: the hazard to remove (EMG-05)"));
          }
          task.setVariable(EmergencyResponseProcess.Var.HAZARD_FOUND, hazard);
          c.recordHandled(result.length() > 2000 ? result.substring(0, 2000) : result, clock.now());
        });
  }
}
