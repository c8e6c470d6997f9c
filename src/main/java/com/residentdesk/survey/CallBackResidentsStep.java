package com.residentdesk.survey;

import static com.residentdesk.survey.CorrectiveActionProcess.Field.CALLBACK_NOTE;
import static com.residentdesk.survey.CorrectiveActionProcess.Var.CORRECTION_ID;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** QA-05: the residents concerned are called back (or visited) once the correction is done. */
@Component
class CallBackResidentsStep extends TaskStep {

  private final CorrectiveActions actions;

  CallBackResidentsStep(CorrectiveActions actions) {
    super(CorrectiveActionProcess.Element.CALL_BACK, "QA-05", recorded(CALLBACK_NOTE));
    this.actions = actions;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    actions.calledBack(
        form.process(CORRECTION_ID), form.required(CALLBACK_NOTE, "回访记录 (callback record)"));
  }
}
