package com.residentdesk.sla;

import static com.residentdesk.sla.DeadlineEscalationProcess.Element.*;
import static com.residentdesk.sla.DeadlineEscalationProcess.Var.ESCALATION_GROUP;
import static com.residentdesk.sla.DeadlineEscalationProcess.Var.MISSED_RULE;
import static com.residentdesk.sla.DeadlineEscalationProcess.Var.TASK_PRIORITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.support.ModelTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** deadline-escalation: the breach is recorded first, then the rule's group follows it up. */
class DeadlineEscalationModelTest extends ModelTestSupport {

  @Test
  void theBreachIsRecordedAndTheEscalationGroupFollowsItUp_CAT04() {
    stub("recordBreachDelegate", execution -> ESCALATION_GROUP.set(execution, "supervisor"));

    ProcessInstance pi =
        start(DeadlineEscalationProcess.KEY, MISSED_RULE.of(Rules.CAT_04), TASK_PRIORITY.of(80));

    assertThat(pi).hasPassed(RECORD_BREACH).isWaitingAt(HANDLE_ESCALATION);
    assertThat(pi).task().hasCandidateGroup("supervisor");
    assertThat(task(pi, HANDLE_ESCALATION).getPriority()).isEqualTo(80);
    complete(pi, HANDLE_ESCALATION);
    assertThat(pi).isEnded().hasPassed(ESCALATION_FOLLOWED_UP);
  }
}
