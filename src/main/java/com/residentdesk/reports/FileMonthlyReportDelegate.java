package com.residentdesk.reports;

import static com.residentdesk.reports.MonthlyEvaluationProcess.Var.EVALUATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** QA-06: the approved report is filed and kept at least two years. */
@Component("fileMonthlyReportDelegate")
class FileMonthlyReportDelegate implements JavaDelegate {

  private final MonthlyEvaluations evaluations;

  FileMonthlyReportDelegate(MonthlyEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    evaluations.file(EVALUATION_ID.from(execution));
  }
}
