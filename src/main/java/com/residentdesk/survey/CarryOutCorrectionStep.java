package com.residentdesk.survey;

import static com.residentdesk.survey.CorrectiveActionProcess.Field.DONE_NOTE;
import static com.residentdesk.survey.CorrectiveActionProcess.Var.CORRECTION_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** QA-05: the owner group says what it did to correct the item. */
@Component
class CarryOutCorrectionStep extends TaskStep {

  private final CorrectiveActions actions;
  private final CurrentActor actor;

  CarryOutCorrectionStep(CorrectiveActions actions, CurrentActor actor) {
    super(CorrectiveActionProcess.Element.CARRY_OUT, "QA-05", recorded(DONE_NOTE));
    this.actions = actions;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    actions.done(
        form.process(CORRECTION_ID), form.required(DONE_NOTE, "整改情况 (what was done)"), actor.id());
  }
}
