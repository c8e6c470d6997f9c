package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureReviewProcess.Field.REVIEW_NOTES;
import static com.residentdesk.governance.ProcedureReviewProcess.Var.REVIEW_ID;
import static com.residentdesk.governance.ProcedureReviewProcess.Var.REVIEW_RESULT;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * GOV-02: the centre manager reviews the procedure with the participants' views and records the
 * result (no change, or change needed) with notes; the next review is then due a year later.
 */
@Component
class ReviewProcedureStep extends GovernanceStep {

  private final ProcedureReviews reviews;

  ReviewProcedureStep(ProcedureReviews reviews, CurrentActor actor) {
    super(
        ProcedureReviewProcess.Element.REVIEW_PROCEDURE,
        "GOV-02",
        actor,
        outcome(REVIEW_RESULT),
        recorded(REVIEW_NOTES));
    this.reviews = reviews;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    String result =
        form.oneOf(
            REVIEW_RESULT,
            "复审结论 (result)",
            List.of(ProcedureReviewProcess.NO_CHANGE, ProcedureReviewProcess.CHANGE_NEEDED));
    reviews.conclude(
        form.process(REVIEW_ID),
        actor.id(),
        ProcedureReviewProcess.CHANGE_NEEDED.equals(result)
            ? ProcedureReview.Result.CHANGE_NEEDED
            : ProcedureReview.Result.NO_CHANGE,
        form.required(REVIEW_NOTES, "复审记录 (notes)"));
  }
}
