package com.residentdesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * QA-04, QA-05: the window closed: the campaign's links expire, its results are counted, a low
 * return is flagged.
 */
@Component("countSurveyResultsDelegate")
class CountSurveyResultsDelegate implements JavaDelegate {

  private final SatisfactionSurveys surveys;

  CountSurveyResultsDelegate(SatisfactionSurveys surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    surveys.close(SatisfactionSurveyProcess.Var.SURVEY_ID.from(execution));
  }
}
