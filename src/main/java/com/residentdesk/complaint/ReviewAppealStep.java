package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.APPEAL_OUTCOME;
import static com.residentdesk.complaint.ComplaintProcess.Field.APPEAL_UPHELD;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** CMP-05: the appeal is reviewed one level up. */
@Component
class ReviewAppealStep extends TaskStep {

  private final ComplaintFiles complaints;

  ReviewAppealStep(ComplaintFiles complaints) {
    super(
        ComplaintProcess.Element.REVIEW_APPEAL,
        "CMP-05",
        onSheet(APPEAL_UPHELD, "Appeal upheld"),
        onSheet(APPEAL_OUTCOME, "Outcome"));
    this.complaints = complaints;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    complaints
        .of(serviceCase.getId())
        .decideAppeal(
            form.flag(APPEAL_UPHELD), form.required(APPEAL_OUTCOME, "The outcome of the appeal"));
  }
}
