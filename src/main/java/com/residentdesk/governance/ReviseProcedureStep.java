package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureReviewProcess.Field.REVISION_NOTE;
import static com.residentdesk.governance.ProcedureReviewProcess.Var.REVIEW_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import org.springframework.stereotype.Component;

/**
 * GOV-02: the process owner revises the procedure the review found wanting (the revision itself is
 * a change from Camunda Modeler, approved like any other) and records what they did.
 */
@Component
class ReviseProcedureStep extends GovernanceStep {

  private final ProcedureReviews reviews;

  ReviseProcedureStep(ProcedureReviews reviews, CurrentActor actor) {
    super(
        ProcedureReviewProcess.Element.REVISE_PROCEDURE, "GOV-02", actor, recorded(REVISION_NOTE));
    this.reviews = reviews;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    reviews.revised(
        form.process(REVIEW_ID), actor.id(), form.required(REVISION_NOTE, "修订说明 (what you did)"));
  }
}
