package com.residentdesk.specialservice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SVC-10: on the 1st, every property's special-service report of the month just ended opens. */
@Component("openServiceReportsDelegate")
class OpenServiceReportsDelegate implements JavaDelegate {

  private final ServiceReports reports;

  OpenServiceReportsDelegate(ServiceReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.openAll(reports.lastMonth());
  }
}
