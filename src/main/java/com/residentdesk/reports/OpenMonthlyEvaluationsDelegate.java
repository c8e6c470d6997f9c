package com.residentdesk.reports;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** QA-01: on the 1st, every property's evaluation of the month just ended is opened. */
@Component("openMonthlyEvaluationsDelegate")
class OpenMonthlyEvaluationsDelegate implements JavaDelegate {

  private final MonthlyEvaluations evaluations;

  OpenMonthlyEvaluationsDelegate(MonthlyEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    evaluations.openAll(evaluations.lastMonth());
  }
}
