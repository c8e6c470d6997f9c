package com.residentdesk.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SVC-12: the half-year's special-service supervision opens at every property. */
@Component("openSupervisionsDelegate")
class OpenSupervisionsDelegate implements JavaDelegate {

  private final QualitySchedules schedules;

  OpenSupervisionsDelegate(QualitySchedules schedules) {
    this.schedules = schedules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    schedules.openSupervisions();
  }
}
