package com.residentdesk.dispatch;

import static com.residentdesk.intake.ResidentRequestProcess.Field.DISPATCH_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.GroupMembership;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import org.springframework.stereotype.Component;

/** HLP-01/CAT-04: the handling group or a supervisor names the handler; dispatch is then done. */
@Component
class AssignHandlerStep extends TaskStep {

  private final GroupMembership membership;
  private final Deadlines deadlines;
  private final DeskClock clock;

  AssignHandlerStep(GroupMembership membership, Deadlines deadlines, DeskClock clock) {
    super(
        ResidentRequestProcess.Element.ASSIGN_HANDLER,
        "HLP-01",
        outcome(HANDLER),
        onSheet(DISPATCH_NOTE, "Dispatch note"));
    this.membership = membership;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String handler = form.required(HANDLER, "The handler");
    membership.require(
        HANDLER.name(),
        handler,
        serviceCase.getTriage().handlingGroup(),
        serviceCase.getPropertyCode());
    form.set(HANDLER, handler);
    serviceCase.dispatchTo(handler, clock.now());
    deadlines.meet(serviceCase.getId(), Rules.CAT_04);
  }
}
