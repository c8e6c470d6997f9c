package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Element.*;
import static com.residentdesk.complaint.ComplaintProcess.Var.APPEALED;
import static com.residentdesk.complaint.ComplaintProcess.Var.COMPLAINT_RESOLVED;
import static com.residentdesk.complaint.ComplaintProcess.Var.INVESTIGATOR;
import static com.residentdesk.complaint.ComplaintProcess.Var.SEVERITY;
import static com.residentdesk.complaint.ComplaintProcess.Var.TASK_PRIORITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.ModelTestSupport;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Every gateway path and deadline of complaint-handling, on the bare engine with mocked beans. */
class ComplaintHandlingModelTest extends ModelTestSupport {

  // ---- given -----------------------------------------------------------------------------------

  /** A complaint accepted with the given facts; the real severity table decides. */
  private ProcessInstance accepted(boolean valid, boolean repeatedRequestsIgnored) {
    when(complaints.fact(anyLong(), eq("valid"))).thenReturn(valid);
    when(complaints.fact(anyLong(), eq("repeatedRequestsIgnored")))
        .thenReturn(repeatedRequestsIgnored);
    ProcessInstance pi = start(ComplaintProcess.KEY, TASK_PRIORITY.of(50));
    assertThat(pi)
        .hasPassedInOrder(REGISTER_COMPLAINT, OPEN_COMPLAINT)
        .isWaitingAt(ACCEPT_COMPLAINT);
    complete(pi, ACCEPT_COMPLAINT);
    return pi;
  }

  private void investigated(ProcessInstance pi) {
    complete(pi, ASSIGN_INVESTIGATION, INVESTIGATOR.of("supervisor"));
    complete(pi, INVESTIGATE);
  }

  private void decidedAndCarriedOut(ProcessInstance pi) {
    complete(pi, DECIDE_MEASURES);
    complete(pi, INFORM_DECISION);
    complete(pi, EXECUTE_MEASURES);
    complete(pi, CONFIRM_RESOLUTION, COMPLAINT_RESOLVED.of(true));
  }

  private void assertEscalated(ProcessInstance pi, String rule) {
    assertThat(calledAt(pi, ESCALATE_MISSED_DEADLINE))
        .isWaitingAt(DeadlineEscalationProcess.Element.HANDLE_ESCALATION)
        .variables()
        .containsEntry(DeadlineEscalationProcess.Var.MISSED_RULE.name(), rule);
  }

  // ---- paths -----------------------------------------------------------------------------------

  @Test
  void anInvalidComplaintIsExplainedAndArchived_CMP02() {
    ProcessInstance pi = accepted(false, false);

    assertThat(pi).variables().containsEntry(SEVERITY.name(), "invalid");
    assertThat(pi).isWaitingAt(EXPLAIN_INVALID);
    complete(pi, EXPLAIN_INVALID);
    assertThat(pi).isEnded().hasPassed(ARCHIVE_COMPLAINT).hasNotPassed(HANDLE_COMPLAINT);
  }

  @Test
  void aMajorComplaintIsHandledByTheCentreManager_CMP02_CMP03() {
    ProcessInstance pi = accepted(true, true);

    assertThat(pi).variables().containsEntry(SEVERITY.name(), "major");
    assertThat(pi).isWaitingAt(ASSIGN_INVESTIGATION).task().hasCandidateGroup("centre-manager");
  }

  @Test
  void theInvestigatorReportsWhileEachDepartmentNamedResponds_CMP03_CMP04() {
    when(complaints.respondingDepartments(anyLong())).thenReturn(List.of("engineering"));
    ProcessInstance pi = accepted(true, false);

    complete(pi, ASSIGN_INVESTIGATION, INVESTIGATOR.of("supervisor"));

    assertThat(pi).isWaitingAt(DEPARTMENT_RESPONSE, INVESTIGATE);
    assertThat(pi).task(DEPARTMENT_RESPONSE).hasCandidateGroup("engineering");
    assertThat(pi).task(INVESTIGATE).isAssignedTo("supervisor");
    complete(pi, DEPARTMENT_RESPONSE);
    complete(pi, INVESTIGATE);
    assertThat(pi).isWaitingAt(DECIDE_MEASURES);
  }

  @Test
  void anUnresolvedComplaintGoesBackToTheDecision_CMP06() {
    ProcessInstance pi = accepted(true, false);
    investigated(pi);
    complete(pi, DECIDE_MEASURES);
    complete(pi, INFORM_DECISION);
    complete(pi, EXECUTE_MEASURES);

    complete(pi, CONFIRM_RESOLUTION, COMPLAINT_RESOLVED.of(false));

    assertThat(pi).isWaitingAt(DECIDE_MEASURES);
  }

  @Test
  void withoutAnAppealTheWindowClosesAndTheComplainantIsCalledBack_CMP05_CB03() {
    ProcessInstance pi = accepted(true, false);
    investigated(pi);
    decidedAndCarriedOut(pi);
    assertThat(pi).isWaitingAt(AWAIT_APPEAL);

    fire(timer(pi, APPEAL_WINDOW_CLOSED));

    assertThat(pi).isWaitingAt(COMPLAINT_CALLBACK).hasNotPassed(REVIEW_APPEAL);
    complete(pi, COMPLAINT_CALLBACK);
    assertThat(pi).isEnded().hasPassed(ARCHIVE_COMPLAINT, COMPLAINT_ARCHIVED);
  }

  @Test
  void anAppealIsReviewedOneLevelUpAndItsOutcomeSent_CMP05() {
    ProcessInstance pi = accepted(true, false);
    investigated(pi);
    decidedAndCarriedOut(pi);

    complete(pi, AWAIT_APPEAL, APPEALED.of(true));

    assertThat(pi).isWaitingAt(REVIEW_APPEAL).task().hasCandidateGroup("centre-manager");
    complete(pi, REVIEW_APPEAL);
    complete(pi, INFORM_APPEAL_OUTCOME);
    assertThat(pi).isWaitingAt(COMPLAINT_CALLBACK);
  }

  @Test
  void anAppealLodgedWhileTheMeasuresRanIsReviewedAtOnce_CMP05() {
    when(complaints.appealPending(anyLong())).thenReturn(true);
    ProcessInstance pi = accepted(true, false);
    investigated(pi);

    decidedAndCarriedOut(pi);

    assertThat(pi).isWaitingAt(REVIEW_APPEAL).hasNotPassed(AWAIT_APPEAL);
  }

  // ---- deadlines -------------------------------------------------------------------------------

  @Test
  void acceptanceOverdueIsEscalatedWhileTheDeskCarriesOn_CMP01() {
    ProcessInstance pi = start(ComplaintProcess.KEY, TASK_PRIORITY.of(50));

    fire(timer(pi, ACCEPTANCE_OVERDUE));

    assertThat(pi).isWaitingAt(ACCEPT_COMPLAINT, ESCALATE_MISSED_DEADLINE);
    assertEscalated(pi, Rules.CMP_01);
  }

  @Test
  void measuresOverdueAreEscalated_CMP06() {
    ProcessInstance pi = accepted(true, false);
    investigated(pi);
    complete(pi, DECIDE_MEASURES);
    complete(pi, INFORM_DECISION);

    fire(timer(pi, EXECUTION_OVERDUE));

    assertThat(pi).isWaitingAt(EXECUTE_MEASURES, ESCALATE_MISSED_DEADLINE);
    assertEscalated(pi, Rules.CMP_06);
  }

  @Test
  void aValidComplaintOpenAMonthIsReclassifiedWithoutInterruptingIt_CMP02() {
    ProcessInstance pi = accepted(true, false);

    fire(timer(pi, OPEN_ONE_MONTH));

    assertThat(pi).hasPassed(RECLASSIFY_AS_MAJOR).isWaitingAt(ASSIGN_INVESTIGATION);
    assertThat(delegatesRun).contains("reclassifyComplaintDelegate");
  }
}
