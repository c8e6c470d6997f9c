package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.APPEAL_TEXT;
import static com.residentdesk.complaint.ComplaintProcess.Var.APPEALED;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import org.springframework.stereotype.Component;

/** CMP-05: the clerk records an appeal made within the window (the API does the same). */
@Component
class AwaitAppealStep extends TaskStep {

  private final ComplaintFiles complaints;
  private final DeskClock clock;

  AwaitAppealStep(ComplaintFiles complaints, DeskClock clock) {
    super(
        ComplaintProcess.Element.AWAIT_APPEAL,
        "CMP-05",
        outcome(APPEALED),
        onSheet(APPEAL_TEXT, "Appeal"));
    this.complaints = complaints;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    // the window closes by itself (timer): completing the task means the complainant appealed
    if (!form.flag(APPEALED)) {
      throw new InvalidEntryException(
          APPEALED.name(),
          "只有投诉人申诉时才办理此任务；无人申诉时申诉期满自动结束 / Complete this task only when the complainant appeals; the appeal window closes by itself");
    }
    form.set(APPEALED, true);
    complaints
        .of(serviceCase.getId())
        .lodgeAppeal(form.required(APPEAL_TEXT, "What the complainant appeals"), clock.now());
  }
}
