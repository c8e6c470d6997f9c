package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureReviewProcess.Element.*;
import static com.residentdesk.governance.ProcedureReviewProcess.Var.PROCEDURE_REF;
import static com.residentdesk.governance.ProcedureReviewProcess.Var.REVIEW_RESULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.support.ModelTestSupport;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * procedure-review: the cycle waits until the review is due, hears front desk, engineering and
 * administration (or goes ahead when their time is up), gives the centre manager the review,
 * schedules the next cycle, and hands a needed change to the process owner.
 */
class ProcedureReviewModelTest extends ModelTestSupport {

  private ProcessInstance dueAndOpened() {
    Date due = Date.from(now().plus(Duration.ofDays(365)));
    Mockito.when(procedureReviews.due("triage")).thenReturn(due);
    ProcessInstance pi = start(ProcedureReviewProcess.KEY, PROCEDURE_REF.of("triage"));
    assertThat(pi).isWaitingAt(REVIEW_DUE);
    assertThat(timer(pi, REVIEW_DUE).getDuedate()).isEqualTo(due);

    fire(timer(pi, REVIEW_DUE));
    assertThat(pi).hasPassed(OPEN_REVIEW).isWaitingAt(GIVE_REVIEW_VIEW);
    return pi;
  }

  private List<Task> viewTasks(ProcessInstance pi) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(GIVE_REVIEW_VIEW)
        .list();
  }

  @Test
  void aReviewIsDueAYearOnAndHearsFrontDeskEngineeringAndAdministration_GOV02() {
    ProcessInstance pi = dueAndOpened();

    assertThat(viewTasks(pi))
        .map(
            task ->
                engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder(
            StaffGroups.FRONT_DESK, StaffGroups.ENGINEERING, StaffGroups.RECORDS);
    completeAll(pi, GIVE_REVIEW_VIEW);

    assertThat(pi).isWaitingAt(REVIEW_PROCEDURE);
    assertThat(pi).task().hasCandidateGroup(StaffGroups.CENTRE_MANAGER);
    complete(pi, REVIEW_PROCEDURE, REVIEW_RESULT.of(ProcedureReviewProcess.NO_CHANGE));
    assertThat(pi).isEnded().hasPassed(SCHEDULE_NEXT_REVIEW, NO_CHANGE_NEEDED);
    assertThat(delegatesRun)
        .containsExactly("openProcedureReviewDelegate", "scheduleNextReviewDelegate");
  }

  @Test
  void theReviewGoesAheadWhenTheParticipantsTimeIsUp_GOV02() {
    ProcessInstance pi = dueAndOpened();
    engine.getTaskService().complete(viewTasks(pi).get(0).getId());

    advance(Duration.ofDays(14));
    fire(timer(pi, VIEWS_OVERDUE));

    assertThat(viewTasks(pi)).isEmpty();
    assertThat(pi).isWaitingAt(REVIEW_PROCEDURE);
  }

  @Test
  void aNeededChangeGoesToTheProcessOwnerWhileTheNextReviewIsScheduled_GOV02() {
    ProcessInstance pi = dueAndOpened();
    completeAll(pi, GIVE_REVIEW_VIEW);

    complete(pi, REVIEW_PROCEDURE, REVIEW_RESULT.of(ProcedureReviewProcess.CHANGE_NEEDED));

    assertThat(pi).hasPassed(SCHEDULE_NEXT_REVIEW).isWaitingAt(REVISE_PROCEDURE);
    assertThat(pi).task().hasCandidateGroup(StaffGroups.PROCESS_OWNER);
    complete(pi, REVISE_PROCEDURE);
    assertThat(pi).isEnded().hasPassed(REVISION_RECORDED);
  }
}
