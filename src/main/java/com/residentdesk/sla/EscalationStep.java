package com.residentdesk.sla;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The supervisor or manager records what was done about a missed deadline. */
@Component
class EscalationStep implements TaskStep {

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.HANDLE_ESCALATION;
  }

  @Override
  public String ruleId() {
    return null;
  }

  @Override
  public String ruleId(DelegateTask task) {
    return (String) task.getVariable(ResidentRequestProcess.Var.MISSED_RULE);
  }

  @Override
  public Map<String, String> sheetFields() {
    return Map.of("escalationNote", "Action on the missed deadline");
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    TaskStep.required(task, "escalationNote", "What was done about the missed deadline");
  }
}
