package com.residentdesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** QA-05: every service below the target satisfaction gets a corrective action. */
@Component("raiseCorrectiveActionsDelegate")
class RaiseCorrectiveActionsDelegate implements JavaDelegate {

  private final CorrectiveActions corrections;

  RaiseCorrectiveActionsDelegate(CorrectiveActions corrections) {
    this.corrections = corrections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    corrections.raiseForSurvey(SatisfactionSurveyProcess.Var.SURVEY_ID.from(execution));
  }
}
