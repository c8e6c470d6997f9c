package com.residentdesk.reports;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** QA-01: counts the KPI months not yet counted or changed since, off the readers' path. */
@Component("warmUpKpiRollupsDelegate")
class WarmUpKpiRollupsDelegate implements JavaDelegate {

  private final KpiWarmUp warmUp;

  WarmUpKpiRollupsDelegate(KpiWarmUp warmUp) {
    this.warmUp = warmUp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    warmUp.warmUp();
  }
}
