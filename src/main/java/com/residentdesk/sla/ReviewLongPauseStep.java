package com.residentdesk.sla;

import static com.residentdesk.sla.DeadlinePauseProcess.Field.LONG_PAUSE_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** A hold that lasts longer than allowed: the supervisor records what was done about it. */
@Component
class ReviewLongPauseStep extends TaskStep {

  ReviewLongPauseStep() {
    super(
        DeadlinePauseProcess.Element.REVIEW_LONG_PAUSE,
        "HLP-08",
        onSheet(LONG_PAUSE_NOTE, "Supervisor on the long hold"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(LONG_PAUSE_NOTE, "What was done about the long hold");
  }
}
