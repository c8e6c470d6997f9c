package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Element.*;
import static com.residentdesk.intake.ResidentRequestProcess.Var.ACKNOWLEDGED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CALLBACK_SATISFIED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CONTROL_CENTRE_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.FIXED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static com.residentdesk.intake.ResidentRequestProcess.Var.MANAGER_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.RESIDENT_SATISFIED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.SUPERVISOR_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import com.residentdesk.emergency.EmergencyResponseProcess;
import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.ModelTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every gateway path and deadline of resident-request, on the bare engine with mocked beans. */
class ResidentRequestModelTest extends ModelTestSupport {

  // ---- given -----------------------------------------------------------------------------------

  private ProcessInstance requestRoutedTo(String route, String dispatcher) {
    stub("recordTriageDelegate", execution -> route(execution, route, dispatcher));
    return start(ResidentRequestProcess.KEY);
  }

  private ProcessInstance requestAtTheFrontDesk() {
    return requestRoutedTo("front-desk", null);
  }

  private void dispatchFromTheDesk(ProcessInstance pi) {
    complete(pi, FRONT_DESK_REVIEW, DESK_OUTCOME.of("dispatch"));
  }

  private void handled(ProcessInstance pi) {
    complete(pi, ASSIGN_HANDLER, HANDLER.of("engineer"));
    complete(pi, HANDLE_ON_SITE);
  }

  private void confirmed(ProcessInstance pi, boolean fixed, boolean satisfied) {
    complete(pi, CONFIRM_WITH_RESIDENT, FIXED.of(fixed), RESIDENT_SATISFIED.of(satisfied));
  }

  private void assertEscalated(ProcessInstance pi, String rule) {
    ProcessInstance escalation = calledAt(pi, ESCALATE_MISSED_DEADLINE);
    assertThat(escalation)
        .isWaitingAt(DeadlineEscalationProcess.Element.HANDLE_ESCALATION)
        .variables()
        .containsEntry(DeadlineEscalationProcess.Var.MISSED_RULE.name(), rule);
  }

  // ---- paths -----------------------------------------------------------------------------------

  @Test
  void registersAcknowledgesAndTriagesBeforeRouting_INT02_INT04_CAT01() {
    ProcessInstance pi = requestAtTheFrontDesk();

    assertThat(pi)
        .hasPassedInOrder(
            REGISTER_CASE, ACKNOWLEDGE_RECEIPT, TRIAGE, RECORD_TRIAGE, INTAKE_ROUTE_GATEWAY)
        .isWaitingAt(FRONT_DESK_REVIEW)
        .variables()
        .containsEntry(ResidentRequestProcess.Var.PRIORITY.name(), "normal")
        .containsEntry(ResidentRequestProcess.Var.HANDLING_GROUP.name(), "engineering");
    assertThat(delegatesRun)
        .containsExactly(
            "registerCaseDelegate", "acknowledgeReceiptDelegate", "recordTriageDelegate");
  }

  @Test
  void dispatchedRepairIsHandledConfirmedAnsweredCalledBackAndArchived_HLP05_HLP07_CB01() {
    ProcessInstance pi = requestAtTheFrontDesk();

    dispatchFromTheDesk(pi);
    assertThat(pi).isWaitingAt(ASSIGN_HANDLER).task().hasCandidateGroup("engineering");
    complete(pi, ASSIGN_HANDLER, HANDLER.of("engineer"));
    assertThat(pi).isWaitingAt(HANDLE_ON_SITE).task().isAssignedTo("engineer");
    complete(pi, HANDLE_ON_SITE);
    confirmed(pi, true, false);
    complete(pi, SEND_WRITTEN_FEEDBACK);
    assertThat(pi).isWaitingAt(CALLBACK);
    complete(pi, CALLBACK, CALLBACK_SATISFIED.of(true));

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(ASSIGN_HANDLER, HANDLE_ON_SITE, CONFIRM_WITH_RESIDENT)
        .hasPassedInOrder(SEND_WRITTEN_FEEDBACK, CALLBACK, ARCHIVE_CASE, CASE_ARCHIVED)
        .hasNotPassed(TRIAL_RUN_OVER, RECORD_REWORK);
  }

  @Test
  void satisfiedRepairWithATrialRunIsCalledBackAfterIt_CB02() {
    ProcessInstance pi = requestAtTheFrontDesk();
    dispatchFromTheDesk(pi);
    handled(pi);
    confirmed(pi, true, true);
    complete(pi, SEND_WRITTEN_FEEDBACK);

    assertThat(pi).isWaitingAt(TRIAL_RUN_OVER);
    fire(timer(pi, TRIAL_RUN_OVER));
    assertThat(pi).isWaitingAt(CALLBACK);
  }

  @Test
  void resolvedAtTheDeskIsArchivedWithoutCallback_CAT02() {
    ProcessInstance pi = requestAtTheFrontDesk();

    complete(pi, FRONT_DESK_REVIEW, DESK_OUTCOME.of("resolved"));

    assertThat(pi).isEnded().hasPassed(ARCHIVE_CASE).hasNotPassed(CALLBACK, ASSIGN_HANDLER);
  }

  @Test
  void referredToAnOutsideBodyIsArchivedWithoutCallback_CAT03() {
    ProcessInstance pi = requestAtTheFrontDesk();

    complete(pi, FRONT_DESK_REVIEW, DESK_OUTCOME.of("refer"));

    assertThat(pi).isEnded().hasPassed(ARCHIVE_CASE).hasNotPassed(CALLBACK, ASSIGN_HANDLER);
  }

  @ParameterizedTest(name = "supervisor {0} -> {1}")
  @CsvSource({"resolved, Task_Callback", "dispatch, Task_AssignHandler"})
  void supervisorAnswersTheResidentOrHasTheCaseDispatched_CAT02(String outcome, String next) {
    ProcessInstance pi = requestAtTheFrontDesk();
    complete(pi, FRONT_DESK_REVIEW, DESK_OUTCOME.of("consult-supervisor"));
    assertThat(pi).isWaitingAt(CONSULT_SUPERVISOR).task().hasCandidateGroup("supervisor");

    complete(pi, CONSULT_SUPERVISOR, SUPERVISOR_OUTCOME.of(outcome));

    assertThat(pi).isWaitingAt(next);
  }

  @Test
  void notFixedGoesBackToTheHandlerAsRework_HLP06() {
    ProcessInstance pi = requestAtTheFrontDesk();
    dispatchFromTheDesk(pi);
    handled(pi);

    confirmed(pi, false, false);

    assertThat(pi).hasPassed(RECORD_REWORK).isWaitingAt(HANDLE_ON_SITE);
    assertThat(delegatesRun).contains("recordReworkDelegate");
  }

  @Test
  void unsatisfiedCallbackIsFollowedUpUntilTheCentreManagerDecides_CB04() {
    ProcessInstance pi = requestAtTheFrontDesk();
    complete(pi, FRONT_DESK_REVIEW, DESK_OUTCOME.of("consult-supervisor"));
    complete(pi, CONSULT_SUPERVISOR, SUPERVISOR_OUTCOME.of("resolved"));

    complete(pi, CALLBACK, CALLBACK_SATISFIED.of(false));
    assertThat(pi).isWaitingAt(FOLLOW_UP);
    complete(pi, FOLLOW_UP);
    when(callbackPolicy.followUpAllowed(anyLong())).thenReturn(false);
    complete(pi, CALLBACK, CALLBACK_SATISFIED.of(false));

    assertThat(pi).isWaitingAt(MANAGER_REVIEW).task().hasCandidateGroup("centre-manager");
    complete(pi, MANAGER_REVIEW, MANAGER_OUTCOME.of("followUp"));
    assertThat(pi).isWaitingAt(FOLLOW_UP);
    complete(pi, FOLLOW_UP);
    complete(pi, CALLBACK, CALLBACK_SATISFIED.of(false));
    assertThat(pi).isWaitingAt(MANAGER_REVIEW);
    complete(pi, MANAGER_REVIEW, MANAGER_OUTCOME.of("close"));
    assertThat(pi).isEnded().hasPassed(ARCHIVE_CASE);
  }

  @Test
  void managerWhoDecidesNothingLeavesTheCaseInFollowUp_CB04() {
    ProcessInstance pi = requestAtTheFrontDesk();
    complete(pi, FRONT_DESK_REVIEW, DESK_OUTCOME.of("consult-supervisor"));
    complete(pi, CONSULT_SUPERVISOR, SUPERVISOR_OUTCOME.of("resolved"));
    when(callbackPolicy.followUpAllowed(anyLong())).thenReturn(false);
    complete(pi, CALLBACK, CALLBACK_SATISFIED.of(false));

    complete(pi, MANAGER_REVIEW);

    assertThat(pi).isWaitingAt(FOLLOW_UP).hasNotPassed(ARCHIVE_CASE);
  }

  @Test
  void requestRaisedOnPatrolGoesToTheOnDutySupervisor_HLP03() {
    ProcessInstance pi = requestRoutedTo("patrol", "supervisor");

    assertThat(pi).isWaitingAt(ASSIGN_HANDLER).task().isAssignedTo("supervisor");
  }

  @ParameterizedTest(name = "control centre forwards to {0} -> {1}")
  @CsvSource({"dispatch, Task_AssignHandler", "front-desk, Task_FrontDeskReview"})
  void afterHoursTheControlCentreForwards_HLP02(String outcome, String next) {
    ProcessInstance pi = requestRoutedTo("control-centre", "supervisor");
    assertThat(pi).isWaitingAt(CONTROL_CENTRE_REVIEW).task().hasCandidateGroup("security-control");

    complete(pi, CONTROL_CENTRE_REVIEW, CONTROL_CENTRE_OUTCOME.of(outcome));

    assertThat(pi).isWaitingAt(next);
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "emergency, CallActivity_EmergencyResponse, emergency-response",
    "complaint, CallActivity_ComplaintHandling, complaint-handling",
    "inquiry, CallActivity_InquiryHandling, inquiry-handling",
    "challenge, CallActivity_ChallengeHandling, challenge-handling",
    "suggestion, CallActivity_SuggestionHandling, suggestion-handling",
    "special-service, CallActivity_SpecialService, special-service"
  })
  void ownProceduresAreCalledWithTheCase_EMG01_CMP01_INQ01_CHA01_SUG01_SVC16(
      String route, String callActivity, String calledKey) {
    ProcessInstance pi = requestRoutedTo(route, null);

    assertThat(pi).isWaitingAt(callActivity);
    ProcessInstance called = calledAt(pi, callActivity);
    assertThat(called.getProcessDefinitionId()).startsWith(calledKey + ":");
    assertThat(called.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    assertThat(called).variables().containsEntry(ResidentRequestProcess.Var.CASE_ID.name(), CASE);
  }

  @Test
  void afterTheEmergencyResponseItsResponderHandlesTheConfirmation_EMG01_HLP06() {
    ProcessInstance pi = requestRoutedTo("emergency", null);
    ProcessInstance response = calledAt(pi, EMERGENCY_RESPONSE);

    completeAll(response, EmergencyResponseProcess.Element.ACKNOWLEDGE_ALERT);
    complete(response, EmergencyResponseProcess.Element.START_EMERGENCY_PLAN);
    complete(response, EmergencyResponseProcess.Element.ARRIVE_ON_SITE);
    complete(
        response,
        EmergencyResponseProcess.Element.HANDLE_EMERGENCY,
        EmergencyResponseProcess.Var.HAZARD_FOUND.of(false));

    assertThat(pi)
        .isWaitingAt(CONFIRM_WITH_RESIDENT)
        .variables()
        .containsEntry(HANDLER.name(), "guard");
  }

  // ---- deadlines -------------------------------------------------------------------------------

  @Test
  void residentToldInTimeEndsTheAcknowledgementCheck_INT04() {
    stub("checkAcknowledgementDelegate", execution -> ACKNOWLEDGED.setLocal(execution, true));
    ProcessInstance pi = requestAtTheFrontDesk();

    fire(timer(pi, ACKNOWLEDGEMENT_DUE));

    assertThat(pi).hasPassed(CHECK_ACKNOWLEDGEMENT).isWaitingAt(FRONT_DESK_REVIEW);
    assertThat(pi).hasNotPassed(ESCALATE_MISSED_DEADLINE);
  }

  @Test
  void residentNotToldWithinAnHourIsEscalated_INT04() {
    stub("checkAcknowledgementDelegate", execution -> ACKNOWLEDGED.setLocal(execution, false));
    ProcessInstance pi = requestAtTheFrontDesk();

    fire(timer(pi, ACKNOWLEDGEMENT_DUE));

    assertThat(pi).isWaitingAt(FRONT_DESK_REVIEW, ESCALATE_MISSED_DEADLINE);
    assertEscalated(pi, Rules.INT_04);
  }

  @Test
  void supervisorReplyOverdueIsEscalatedWhileTheSupervisorCarriesOn_CAT02() {
    ProcessInstance pi = requestAtTheFrontDesk();
    complete(pi, FRONT_DESK_REVIEW, DESK_OUTCOME.of("consult-supervisor"));

    fire(timer(pi, SUPERVISOR_REPLY_OVERDUE));

    assertThat(pi).isWaitingAt(CONSULT_SUPERVISOR, ESCALATE_MISSED_DEADLINE);
    assertEscalated(pi, Rules.CAT_02);
  }

  @Test
  void dispatchOverdueIsEscalated_CAT04() {
    ProcessInstance pi = requestAtTheFrontDesk();
    dispatchFromTheDesk(pi);

    fire(timer(pi, DISPATCH_OVERDUE));

    assertThat(pi).isWaitingAt(ASSIGN_HANDLER, ESCALATE_MISSED_DEADLINE);
    assertEscalated(pi, Rules.CAT_04);
  }

  @Test
  void resolutionOverdueIsEscalated_SVC03() {
    ProcessInstance pi = requestAtTheFrontDesk();
    dispatchFromTheDesk(pi);
    complete(pi, ASSIGN_HANDLER, HANDLER.of("engineer"));

    fire(timer(pi, RESOLUTION_OVERDUE));

    assertThat(pi).isWaitingAt(HANDLE_ON_SITE, ESCALATE_MISSED_DEADLINE);
    assertEscalated(pi, Rules.SVC_03);
  }

  @Test
  void aBigProblemIsAnsweredWithAPlanThenFixedAsPlanned_SVC03() {
    when(deadlines.bigProblem(anyLong())).thenReturn(true);
    ProcessInstance pi = requestAtTheFrontDesk();
    dispatchFromTheDesk(pi);
    complete(pi, ASSIGN_HANDLER, HANDLER.of("engineer"));

    assertThat(pi).isWaitingAt(RESPOND_WITH_PLAN).task().isAssignedTo("engineer");
    complete(pi, RESPOND_WITH_PLAN);
    assertThat(pi).isWaitingAt(FIX_AS_PLANNED).task().isAssignedTo("engineer");
    complete(pi, FIX_AS_PLANNED);

    assertThat(pi)
        .isWaitingAt(CONFIRM_WITH_RESIDENT)
        .hasPassedInOrder(IS_BIG_PROBLEM, RESPOND_WITH_PLAN, FIX_AS_PLANNED)
        .hasNotPassed(HANDLE_ON_SITE);
  }

  @Test
  void aBigProblemWithoutAResponseIsEscalated_SVC03() {
    when(deadlines.bigProblem(anyLong())).thenReturn(true);
    ProcessInstance pi = requestAtTheFrontDesk();
    dispatchFromTheDesk(pi);
    complete(pi, ASSIGN_HANDLER, HANDLER.of("engineer"));

    fire(timer(pi, RESPONSE_OVERDUE));

    assertThat(pi).isWaitingAt(RESPOND_WITH_PLAN, ESCALATE_MISSED_DEADLINE);
    assertEscalated(pi, Rules.SVC_03);
  }

  @Test
  void writtenFeedbackOverdueIsEscalated_HLP07() {
    ProcessInstance pi = requestAtTheFrontDesk();
    dispatchFromTheDesk(pi);
    handled(pi);
    confirmed(pi, true, false);

    fire(timer(pi, WRITTEN_FEEDBACK_OVERDUE));

    assertThat(pi).isWaitingAt(SEND_WRITTEN_FEEDBACK, ESCALATE_MISSED_DEADLINE);
    assertEscalated(pi, Rules.HLP_07);
  }
}
