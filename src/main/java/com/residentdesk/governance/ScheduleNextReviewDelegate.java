package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureReviewProcess.Var.PROCEDURE_REF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * GOV-02: the review is recorded, so the next one is due a year from now: its cycle starts, while
 * this one goes on to the revision if one is needed.
 */
@Component("scheduleNextReviewDelegate")
class ScheduleNextReviewDelegate implements JavaDelegate {

  private final ProcedureReviews reviews;

  ScheduleNextReviewDelegate(ProcedureReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.startNextCycle(PROCEDURE_REF.from(execution), execution.getProcessInstanceId());
  }
}
