package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.CONFIRMATION_NOTE;
import static com.residentdesk.complaint.ComplaintProcess.Var.COMPLAINT_RESOLVED;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import org.springframework.stereotype.Component;

/** CMP-06: the complainant confirms; unresolved goes back to the decision. */
@Component
class ConfirmResolutionStep extends TaskStep {

  private final ComplaintFiles complaints;
  private final Deadlines deadlines;
  private final DeskClock clock;

  ConfirmResolutionStep(ComplaintFiles complaints, Deadlines deadlines, DeskClock clock) {
    super(
        ComplaintProcess.Element.CONFIRM_RESOLUTION,
        "CMP-06",
        outcome(COMPLAINT_RESOLVED),
        onSheet(CONFIRMATION_NOTE, "Complainant's confirmation"));
    this.complaints = complaints;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    boolean resolved = form.flag(COMPLAINT_RESOLVED);
    form.set(COMPLAINT_RESOLVED, resolved);
    if (resolved) {
      complaints.of(serviceCase.getId()).resolve(clock.now());
      deadlines.meet(serviceCase.getId(), Rules.CMP_02);
    }
  }
}
