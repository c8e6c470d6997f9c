package com.residentdesk.complaint;

import static com.residentdesk.casefile.Steps.fields;
import static com.residentdesk.casefile.Steps.step;
import static com.residentdesk.complaint.ComplaintProcess.Element.*;

import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.Privileged;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What completing each task of complaint-handling checks and records (CMP-02..07, CB-03). */
@Configuration
class ComplaintSteps {

  private static final List<String> NOTICE_METHODS = List.of("email", "letter", "in-person");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A date field of the form ("2026-11-30"). */
  static LocalDate date(
      org.camunda.bpm.engine.delegate.DelegateTask task, String name, String what) {
    String value = TaskStep.required(task, name, what);
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new InvalidEntryException(name, name + " must be a date like 2026-11-30");
    }
  }

  /** CMP-02: an invalid complaint is explained to the resident and closed with a reason. */
  @Bean
  TaskStep explainInvalidStep() {
    return step(
        EXPLAIN_INVALID,
        "CMP-02",
        fields("explanation", "Explained to the resident"),
        (task, c) -> TaskStep.required(task, "explanation", "What was explained to the resident"));
  }

  /** CMP-03/CMP-04: investigator, planned date and the departments that must respond. */
  @Bean
  TaskStep assignInvestigationStep(ComplaintFiles complaints, IdentityService identityService) {
    return step(
        ASSIGN_INVESTIGATION,
        "CMP-04",
        fields(
            "plannedDate",
            "Investigation planned for",
            "respondEngineering",
            "Engineering responds",
            "respondSecurity",
            "Security responds",
            "respondFrontDesk",
            "Front desk responds"),
        (task, c) -> {
          String investigator =
              TaskStep.required(task, ComplaintProcess.Var.INVESTIGATOR, "The investigator");
          List<String> handlers =
              List.of(
                  ((String) task.getVariable(ComplaintProcess.Var.COMPLAINT_HANDLERS)).split(","));
          boolean handler =
              Privileged.asSystem(
                  () ->
                      handlers.stream()
                          .anyMatch(
                              group ->
                                  identityService
                                          .createUserQuery()
                                          .userId(investigator)
                                          .memberOfGroup(group)
                                          .count()
                                      > 0));
          if (!handler) {
            throw new InvalidEntryException(
                "investigator",
                "The investigator '"
                    + investigator
                    + "' must belong to the groups handling the complaint: "
                    + handlers);
          }
          List<String> departments = new ArrayList<>();
          if (TaskStep.flag(task, "respondEngineering")) {
            departments.add(StaffGroups.ENGINEERING);
          }
          if (TaskStep.flag(task, "respondSecurity")) {
            departments.add(StaffGroups.SECURITY);
          }
          if (TaskStep.flag(task, "respondFrontDesk")) {
            departments.add(StaffGroups.FRONT_DESK);
          }
          complaints
              .of(c.getId())
              .assignInvestigation(
                  investigator, date(task, "plannedDate", "The planned date"), departments);
        });
  }

  /** CMP-03: a department involved responds. */
  @Bean
  TaskStep departmentResponseStep() {
    return step(
        DEPARTMENT_RESPONSE,
        "CMP-03",
        fields("departmentResponse", "Department's response"),
        (task, c) -> TaskStep.required(task, "departmentResponse", "The department's response"));
  }

  /** CMP-04/CMP-09: parties notified, evidence, cause and proposed remedy. */
  @Bean
  TaskStep investigateStep(ComplaintFiles complaints) {
    return step(
        INVESTIGATE,
        "CMP-04",
        fields(
            "partiesNotified",
            "Parties notified",
            "evidence",
            "Evidence",
            "cause",
            "Cause",
            "proposedRemedy",
            "Proposed remedy"),
        (task, c) -> {
          if (!TaskStep.flag(task, "partiesNotified")) {
            throw new InvalidEntryException(
                "partiesNotified", "partiesNotified: notify the parties before reporting (CMP-04)");
          }
          TaskStep.required(task, "evidence", "The evidence collected");
          complaints
              .of(c.getId())
              .report(
                  TaskStep.required(task, "cause", "The cause"),
                  TaskStep.required(task, "proposedRemedy", "The proposed remedy"));
        });
  }

  /** CMP-05: the report is reviewed; measures and a deadline are decided. */
  @Bean
  TaskStep decideMeasuresStep(ComplaintFiles complaints, DeskClock clock) {
    return step(
        DECIDE_MEASURES,
        "CMP-05",
        fields("measures", "Measures", "measuresDeadline", "Deadline", "decisionNote", "Note"),
        (task, c) -> {
          String measures = TaskStep.required(task, "measures", "The measures");
          LocalDate deadline = date(task, "measuresDeadline", "The deadline for the measures");
          if (deadline.isBefore(clock.nowInPropertyZone().toLocalDate())) {
            throw new InvalidEntryException(
                "measuresDeadline", "measuresDeadline cannot be in the past");
          }
          complaints.of(c.getId()).decide(measures, deadline, clock.now());
        });
  }

  /** CMP-05: the complainant is told the measures, the deadline and how to appeal, in writing. */
  @Bean
  TaskStep informDecisionStep(ComplaintFiles complaints) {
    return step(
        INFORM_DECISION,
        "CMP-05",
        fields("noticeMethod", "Told by"),
        (task, c) -> {
          String method =
              TaskStep.oneOf(task, "noticeMethod", "How the complainant is told", NOTICE_METHODS);
          Complaint complaint = complaints.of(c.getId());
          complaints.writeToComplainant(
              c,
              method,
              "complaintDecision",
              "complaint-decision-" + complaint.getDecisionRound(),
              complaint.getMeasures(),
              complaint.getMeasuresDeadline().toString(),
              WHEN.format(complaints.appealDeadline(complaint).atZone(complaints.zone())));
        });
  }

  /** CMP-06: the measures are carried out by the deadline. */
  @Bean
  TaskStep executeMeasuresStep(Deadlines deadlines) {
    return step(
        EXECUTE_MEASURES,
        "CMP-06",
        fields("executionNote", "Measures carried out"),
        (task, c) -> {
          TaskStep.required(task, "executionNote", "What was carried out");
          deadlines.meet(c.getId(), Rules.CMP_06);
        });
  }

  /** CMP-06: the complainant confirms; unresolved goes back to the decision. */
  @Bean
  TaskStep confirmResolutionStep(ComplaintFiles complaints, Deadlines deadlines, DeskClock clock) {
    return step(
        CONFIRM_RESOLUTION,
        "CMP-06",
        fields("confirmationNote", "Complainant's confirmation"),
        (task, c) -> {
          boolean resolved = TaskStep.flag(task, ComplaintProcess.Var.COMPLAINT_RESOLVED);
          task.setVariable(ComplaintProcess.Var.COMPLAINT_RESOLVED, resolved);
          if (resolved) {
            complaints.of(c.getId()).resolve(clock.now());
            deadlines.meet(c.getId(), Rules.CMP_02);
          }
        });
  }

  /** CMP-05: the clerk records an appeal made within the window (the API does the same). */
  @Bean
  TaskStep awaitAppealStep(ComplaintFiles complaints, DeskClock clock) {
    return step(
        AWAIT_APPEAL,
        "CMP-05",
        fields("appealText", "Appeal"),
        (task, c) -> {
          // the window closes by itself (timer): completing the task means the complainant appealed
          if (!TaskStep.flag(task, ComplaintProcess.Var.APPEALED)) {
            throw new InvalidEntryException(
                "appealed",
                "Complete this task only when the complainant appeals; the appeal window closes by itself (CMP-05)");
          }
          task.setVariable(ComplaintProcess.Var.APPEALED, true);
          complaints
              .of(c.getId())
              .lodgeAppeal(
                  TaskStep.required(task, "appealText", "What the complainant appeals"),
                  clock.now());
        });
  }

  /** CMP-05: the appeal is reviewed one level up. */
  @Bean
  TaskStep reviewAppealStep(ComplaintFiles complaints) {
    return step(
        REVIEW_APPEAL,
        "CMP-05",
        fields("appealUpheld", "Appeal upheld", "appealOutcome", "Outcome"),
        (task, c) ->
            complaints
                .of(c.getId())
                .decideAppeal(
                    TaskStep.flag(task, "appealUpheld"),
                    TaskStep.required(task, "appealOutcome", "The outcome of the appeal")));
  }

  /** CMP-05: the appeal outcome is sent in writing. */
  @Bean
  TaskStep informAppealOutcomeStep(ComplaintFiles complaints) {
    return step(
        INFORM_APPEAL_OUTCOME,
        "CMP-05",
        fields("noticeMethod", "Told by"),
        (task, c) -> {
          String method =
              TaskStep.oneOf(task, "noticeMethod", "How the complainant is told", NOTICE_METHODS);
          complaints.writeToComplainant(
              c,
              method,
              "appealOutcome",
              "appeal-outcome",
              complaints.of(c.getId()).getAppealOutcome());
        });
  }

  /** CB-03: the complaint callback, by phone or visit, recorded on the complaint. */
  @Bean
  TaskStep complaintCallbackStep() {
    return step(
        COMPLAINT_CALLBACK,
        "CB-03",
        fields("callbackMethod", "Callback by", "callbackNote", "Callback"),
        (task, c) -> {
          TaskStep.oneOf(task, "callbackMethod", "The callback method", List.of("phone", "visit"));
          TaskStep.required(task, "callbackNote", "What the complainant said");
        });
  }
}
