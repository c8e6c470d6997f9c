package com.residentdesk.survey;

import static com.residentdesk.survey.CorrectiveActionProcess.Field.CHASE_NOTE;
import static com.residentdesk.survey.CorrectiveActionProcess.Var.CORRECTION_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** QA-05: the centre manager follows an overdue correction up and notes what was agreed. */
@Component
class ChaseOverdueCorrectionStep extends TaskStep {

  private final CorrectiveActions actions;
  private final CurrentActor actor;

  ChaseOverdueCorrectionStep(CorrectiveActions actions, CurrentActor actor) {
    super(CorrectiveActionProcess.Element.CHASE, "QA-05", recorded(CHASE_NOTE));
    this.actions = actions;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    actions.chased(
        form.process(CORRECTION_ID),
        form.required(CHASE_NOTE, "督办意见 (what was agreed)"),
        actor.id());
  }
}
