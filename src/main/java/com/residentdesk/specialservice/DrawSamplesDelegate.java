package com.residentdesk.specialservice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SVC-09: on the 1st, draws last month's sample of every property and starts the callbacks. */
@Component("drawSamplesDelegate")
class DrawSamplesDelegate implements JavaDelegate {

  private final Sampling sampling;

  DrawSamplesDelegate(Sampling sampling) {
    this.sampling = sampling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sampling.drawAll(sampling.lastMonth());
  }
}
