package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceReportProcess.Var.MONTH;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Var.REPORT_ID;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SVC-10, SVC-02: the property's (the tenant's) report opens with the month's figures. */
@Component("prepareServiceReportDelegate")
class PrepareServiceReportDelegate implements JavaDelegate {

  private final ServiceReports reports;

  PrepareServiceReportDelegate(ServiceReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    REPORT_ID.set(
        execution,
        reports.prepare(execution.getTenantId(), YearMonth.parse(MONTH.from(execution))));
  }
}
