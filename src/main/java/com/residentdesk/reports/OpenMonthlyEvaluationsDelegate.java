package com.residentdesk.reports;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * QA-01: every property whose 1st, 01:00, has come in its own time zone gets its evaluation of the
 * month just ended there.
 */
@Component("openMonthlyEvaluationsDelegate")
class OpenMonthlyEvaluationsDelegate implements JavaDelegate {

  private final MonthlyEvaluations evaluations;

  OpenMonthlyEvaluationsDelegate(MonthlyEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    evaluations.openDue();
  }
}
