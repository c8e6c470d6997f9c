package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Element.*;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.COORDINATOR;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.HANDLING_GROUP;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.HAZARD_FOUND;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.MEDICAL;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.NOBODY_ON_DUTY;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.RESPONDER;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.TASK_PRIORITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.support.ModelTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Every gateway path of emergency-response, on the bare engine with mocked beans. */
class EmergencyResponseModelTest extends ModelTestSupport {

  private ProcessInstance emergency(String responder, boolean medical) {
    stub(
        "alertOnDutyDelegate",
        execution -> {
          RESPONDER.set(execution, responder);
          COORDINATOR.set(execution, "supervisor");
          NOBODY_ON_DUTY.set(execution, responder == null);
          MEDICAL.set(execution, medical);
        });
    return start(
        EmergencyResponseProcess.KEY, HANDLING_GROUP.of("security"), TASK_PRIORITY.of(100));
  }

  @Test
  void acknowledgementsArrivalAndPlanStartTogether_EMG01_EMG04() {
    ProcessInstance pi = emergency("guard", false);

    assertThat(pi)
        .hasPassed(ALERT_ON_DUTY)
        .isWaitingAt(ACKNOWLEDGE_ALERT, ARRIVE_ON_SITE, START_EMERGENCY_PLAN);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(ACKNOWLEDGE_ALERT)
                .list())
        .extracting(task -> task.getAssignee())
        .containsExactlyInAnyOrder("supervisor", "manager");
    assertThat(task(pi, ARRIVE_ON_SITE).getAssignee()).isEqualTo("guard");
    assertThat(task(pi, START_EMERGENCY_PLAN).getAssignee()).isEqualTo("supervisor");
    assertThat(timer(pi, ARRIVAL_OVERDUE)).isNotNull();
    assertThat(timer(pi, ALERT_UNACKNOWLEDGED)).isNotNull();
  }

  @Test
  void nobodyOnDutyHasTheCentreManagerOrganiseTheResponse_HLP01() {
    ProcessInstance pi = emergency(null, false);

    assertThat(pi).isWaitingAt(ACKNOWLEDGE_ALERT, ORGANISE_RESPONSE, START_EMERGENCY_PLAN);
    assertThat(pi).task(ORGANISE_RESPONSE).hasCandidateGroup("centre-manager");
    complete(pi, ORGANISE_RESPONSE, RESPONDER.of("guard"));
    assertThat(task(pi, ARRIVE_ON_SITE).getAssignee()).isEqualTo("guard");
  }

  @Test
  void aMedicalEmergencyRecordsTheResidentsChoiceInThePlan_EMG03() {
    ProcessInstance pi = emergency("guard", true);

    complete(pi, START_EMERGENCY_PLAN);

    assertThat(pi).isWaitingAt(ACKNOWLEDGE_ALERT, RECORD_MEDICAL_DETAILS, ARRIVE_ON_SITE);
    complete(pi, RECORD_MEDICAL_DETAILS);
    assertThat(pi).isWaitingAt(ACKNOWLEDGE_ALERT, ARRIVE_ON_SITE);
  }

  @Test
  void theResponseEndsOnlyWhenThePlanIsRecordedToo_EMG01() {
    ProcessInstance pi = emergency("guard", false);
    complete(pi, ARRIVE_ON_SITE);
    complete(pi, HANDLE_EMERGENCY, HAZARD_FOUND.of(false));

    assertThat(pi).isNotEnded().isWaitingAt(ACKNOWLEDGE_ALERT, START_EMERGENCY_PLAN);
    complete(pi, START_EMERGENCY_PLAN);
    assertThat(pi).isEnded();
  }

  @Test
  void aHazardFoundOpensAFollowUpCaseAndTheResponseCompletes_EMG05() {
    ProcessInstance pi = emergency("guard", false);
    completeAll(pi, ACKNOWLEDGE_ALERT);
    complete(pi, START_EMERGENCY_PLAN);
    complete(pi, ARRIVE_ON_SITE);

    complete(pi, HANDLE_EMERGENCY, HAZARD_FOUND.of(true));

    assertThat(pi).isEnded().hasPassed(OPEN_HAZARD_CASE, RESPONSE_COMPLETE);
    assertThat(delegatesRun).containsExactly("alertOnDutyDelegate", "openHazardCaseDelegate");
  }

  @Test
  void noHazardCompletesTheResponseWithoutAFollowUp_EMG05() {
    ProcessInstance pi = emergency("guard", false);
    completeAll(pi, ACKNOWLEDGE_ALERT);
    complete(pi, START_EMERGENCY_PLAN);
    complete(pi, ARRIVE_ON_SITE);

    complete(pi, HANDLE_EMERGENCY, HAZARD_FOUND.of(false));

    assertThat(pi).isEnded().hasNotPassed(OPEN_HAZARD_CASE);
  }

  @Test
  void aMissedArrivalEscalatesEvenIfThePlanWasNeverStarted_EMG04() {
    ProcessInstance pi = emergency("guard", false);

    fire(timer(pi, ARRIVAL_OVERDUE));

    assertThat(pi)
        .hasPassed(ARRIVAL_OVERDUE, "EndEvent_ArrivalMissed")
        .hasNotPassed(START_EMERGENCY_PLAN)
        .isWaitingAt(ARRIVE_ON_SITE, START_EMERGENCY_PLAN);
  }

  @Test
  void anUnacknowledgedAlertEscalatesAndTheAcknowledgementsStayOpen_EMG01() {
    ProcessInstance pi = emergency("guard", false);

    fire(timer(pi, ALERT_UNACKNOWLEDGED));

    assertThat(pi)
        .hasPassed(ALERT_UNACKNOWLEDGED, "EndEvent_AlertUnacknowledged")
        .isWaitingAt(ACKNOWLEDGE_ALERT);
  }
}
