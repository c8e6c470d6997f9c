package com.residentdesk.reports;

import com.residentdesk.casefile.RepeatedEscalation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * QA-01: the analysis is late (again): the escalation is recorded on the evaluation every time; the
 * centre manager gets a follow-up task only when the last one is done, else that one is raised.
 */
@Component("recordAnalysisEscalationDelegate")
class RecordAnalysisEscalationDelegate implements JavaDelegate {

  private final MonthlyEvaluations evaluations;
  private final RepeatedEscalation escalation;

  RecordAnalysisEscalationDelegate(MonthlyEvaluations evaluations, RepeatedEscalation escalation) {
    this.evaluations = evaluations;
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    evaluations.escalated(MonthlyEvaluationProcess.Var.EVALUATION_ID.from(execution));
    escalation.remindOpenFollowUp(execution, MonthlyEvaluationProcess.Element.CHASE_ANALYSIS);
  }
}
