package com.residentdesk.callback;

import static com.residentdesk.intake.ResidentRequestProcess.Field.FOLLOW_UP_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import org.springframework.stereotype.Component;

/** CB-02/CB-04: the handling group follows up an unsatisfied resident; another callback follows. */
@Component
class FollowUpStep extends TaskStep {

  FollowUpStep() {
    super(ResidentRequestProcess.Element.FOLLOW_UP, "CB-04", onSheet(FOLLOW_UP_NOTE, "Follow-up"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(FOLLOW_UP_NOTE, "What was done in the follow-up");
    serviceCase.recordFollowUp();
  }
}
