package com.residentdesk.reports;

import static com.residentdesk.reports.MonthlyEvaluationProcess.Var.EVALUATION_ID;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Var.MONTH;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * QA-01, QA-07, CMP-08: the report of the instance's property (its tenant) for the month is opened,
 * pre-filled with the month's figures, the complaint statistics and the recurring problems.
 */
@Component("prepareMonthlyReportDelegate")
class PrepareMonthlyReportDelegate implements JavaDelegate {

  private final MonthlyEvaluations evaluations;

  PrepareMonthlyReportDelegate(MonthlyEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = evaluations.prepare(execution.getTenantId(), YearMonth.parse(MONTH.from(execution)));
    EVALUATION_ID.set(execution, id);
  }
}
