package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureReviewProcess.Var.PROCEDURE_REF;
import static com.residentdesk.governance.ProcedureReviewProcess.Var.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** GOV-02: the review is due: its record is opened, for the views and the result. */
@Component("openProcedureReviewDelegate")
class OpenProcedureReviewDelegate implements JavaDelegate {

  private final ProcedureReviews reviews;

  OpenProcedureReviewDelegate(ProcedureReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcedureReview review =
        reviews.open(PROCEDURE_REF.from(execution), execution.getProcessInstanceId());
    REVIEW_ID.set(execution, review.getId());
  }
}
