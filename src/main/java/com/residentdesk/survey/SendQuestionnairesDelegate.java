package com.residentdesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** QA-04: the questionnaires go to the target households on the plan's first day. */
@Component("sendQuestionnairesDelegate")
class SendQuestionnairesDelegate implements JavaDelegate {

  private final SatisfactionSurveys surveys;

  SendQuestionnairesDelegate(SatisfactionSurveys surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    surveys.send(SatisfactionSurveyProcess.Var.SURVEY_ID.from(execution));
  }
}
