package com.residentdesk.sla;

import static com.residentdesk.sla.DeadlinePauseProcess.Element.*;
import static com.residentdesk.sla.DeadlinePauseProcess.Var.PAUSE_ID;
import static com.residentdesk.sla.DeadlinePauseProcess.Var.TASK_PRIORITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.support.ModelTestSupport;
import java.time.Duration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** deadline-pause: the hold comes off in a task; a hold past its limit goes to the supervisor. */
class DeadlinePauseModelTest extends ModelTestSupport {

  private ProcessInstance paused() {
    stub(
        "pauseDeadlinesDelegate",
        execution -> {
          PAUSE_ID.set(execution, 7L);
          TASK_PRIORITY.set(execution, 50);
          CaseVariables.HANDLING_GROUP.set(execution, "engineering");
        });
    ProcessInstance pi = start(DeadlinePauseProcess.KEY);
    assertThat(pi).hasPassed(PAUSE_DEADLINES);
    return pi;
  }

  @Test
  void theHoldComesOffInATaskOfTheFrontDeskSupervisorOrHandlingGroup_HLP08() {
    ProcessInstance pi = paused();

    assertThat(pi).isWaitingAt(RESUME_DEADLINES);
    assertThat(pi)
        .task()
        .hasCandidateGroup("front-desk")
        .hasCandidateGroup("supervisor")
        .hasCandidateGroup("engineering");
    complete(pi, RESUME_DEADLINES);
    assertThat(pi).isEnded().hasPassed(DEADLINES_RESUMED).hasNotPassed(RECORD_LONG_PAUSE);
  }

  @Test
  void aHoldPastItsLimitGoesToTheSupervisorAndStaysOn_HLP08() {
    ProcessInstance pi = paused();
    var timer = timer(pi, PAUSE_TOO_LONG);
    assertThat(timer.getDuedate().toInstant()).isEqualTo(now().plus(Duration.ofDays(3)));

    advance(Duration.ofDays(3));
    fire(timer);

    assertThat(pi).hasPassed(RECORD_LONG_PAUSE).isWaitingAt(RESUME_DEADLINES, REVIEW_LONG_PAUSE);
    assertThat(delegatesRun).contains("recordLongPauseDelegate");
    assertThat(task(pi, REVIEW_LONG_PAUSE).getPriority()).isEqualTo(50);
    complete(pi, REVIEW_LONG_PAUSE);
    assertThat(pi).isWaitingAt(RESUME_DEADLINES);
    complete(pi, RESUME_DEADLINES);
    assertThat(pi).isEnded().hasPassed(LONG_PAUSE_REVIEWED, DEADLINES_RESUMED);
  }
}
