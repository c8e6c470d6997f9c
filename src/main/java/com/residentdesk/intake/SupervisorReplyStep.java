package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Var.SUPERVISOR_OUTCOME;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** CAT-02: the supervisor answers the resident (within 5 minutes) or has the case dispatched. */
@Component
class SupervisorReplyStep implements TaskStep {

  private static final List<String> OUTCOMES = List.of("resolved", "dispatch");

  private final Deadlines deadlines;

  SupervisorReplyStep(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.CONSULT_SUPERVISOR;
  }

  @Override
  public String ruleId() {
    return Rules.CAT_02;
  }

  @Override
  public Map<String, String> sheetFields() {
    return Map.of("supervisorReply", "Reply to the resident");
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    String outcome = TaskStep.oneOf(task, SUPERVISOR_OUTCOME, "The supervisor's outcome", OUTCOMES);
    TaskStep.required(task, "supervisorReply", "The reply given to the resident");
    deadlines.meet(serviceCase.getId(), Rules.CAT_02);
    if ("resolved".equals(outcome)) {
      deadlines.meet(serviceCase.getId(), Rules.CAT_04);
    }
  }
}
