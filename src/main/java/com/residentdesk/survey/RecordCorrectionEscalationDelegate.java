package com.residentdesk.survey;

import com.residentdesk.casefile.RepeatedEscalation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * QA-05: the correction is overdue (again): the escalation is recorded on the action every time;
 * the centre manager gets a follow-up task only when the last one is done, else that one is raised.
 */
@Component("recordCorrectionEscalationDelegate")
class RecordCorrectionEscalationDelegate implements JavaDelegate {

  private final CorrectiveActions actions;
  private final RepeatedEscalation escalation;

  RecordCorrectionEscalationDelegate(CorrectiveActions actions, RepeatedEscalation escalation) {
    this.actions = actions;
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.escalated(CorrectiveActionProcess.Var.CORRECTION_ID.from(execution));
    escalation.remindOpenFollowUp(execution, CorrectiveActionProcess.Element.CHASE);
  }
}
