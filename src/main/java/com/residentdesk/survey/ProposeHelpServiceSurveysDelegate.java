package com.residentdesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** QA-02: the quarter's help-service survey is proposed at every property. */
@Component("proposeHelpServiceSurveysDelegate")
class ProposeHelpServiceSurveysDelegate implements JavaDelegate {

  private final QualitySchedules schedules;

  ProposeHelpServiceSurveysDelegate(QualitySchedules schedules) {
    this.schedules = schedules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    schedules.proposeHelpServiceSurveys();
  }
}
