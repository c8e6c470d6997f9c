package com.residentdesk.sla;

import static com.residentdesk.sla.DeadlinePauseProcess.Field.RESUME_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/**
 * HLP-08: the wait is over; the hold comes off and every paused deadline moves by the time on hold.
 */
@Component
class ResumeDeadlinesStep extends TaskStep {

  private final DeadlinePauses pauses;

  ResumeDeadlinesStep(DeadlinePauses pauses) {
    super(
        DeadlinePauseProcess.Element.RESUME_DEADLINES,
        "HLP-08",
        onSheet(RESUME_NOTE, "What ended the wait"));
    this.pauses = pauses;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(RESUME_NOTE, "What ended the wait");
    pauses.resume(serviceCase.getId());
  }
}
