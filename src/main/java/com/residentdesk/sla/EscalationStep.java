package com.residentdesk.sla;

import static com.residentdesk.sla.DeadlineEscalationProcess.Field.ESCALATION_NOTE;
import static com.residentdesk.sla.DeadlineEscalationProcess.Var.MISSED_RULE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The supervisor or manager records what was done about a missed deadline; the sheet line carries
 * the missed rule.
 */
@Component
class EscalationStep extends TaskStep {

  EscalationStep() {
    super(
        DeadlineEscalationProcess.Element.HANDLE_ESCALATION,
        null,
        onSheet(ESCALATION_NOTE, "Action on the missed deadline"));
  }

  @Override
  protected String ruleId(DelegateTask task) {
    return MISSED_RULE.from(task);
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(ESCALATION_NOTE, "What was done about the missed deadline");
  }
}
