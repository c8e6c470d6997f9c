package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureReviewProcess.Field.REVIEW_VIEW;
import static com.residentdesk.governance.ProcedureReviewProcess.Var.PARTICIPANT_GROUP;
import static com.residentdesk.governance.ProcedureReviewProcess.Var.REVIEW_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import org.springframework.stereotype.Component;

/** GOV-02: the front desk, engineering and administration each give their view of the procedure. */
@Component
class GiveReviewViewStep extends GovernanceStep {

  private final ProcedureReviews reviews;

  GiveReviewViewStep(ProcedureReviews reviews, CurrentActor actor) {
    super(ProcedureReviewProcess.Element.GIVE_REVIEW_VIEW, "GOV-02", actor, recorded(REVIEW_VIEW));
    this.reviews = reviews;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    reviews.view(
        form.process(REVIEW_ID),
        form.process(PARTICIPANT_GROUP),
        actor.id(),
        form.required(REVIEW_VIEW, "复审意见 (your view)"));
  }
}
