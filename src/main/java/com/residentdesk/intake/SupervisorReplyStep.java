package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Field.SUPERVISOR_REPLY;
import static com.residentdesk.intake.ResidentRequestProcess.Var.SUPERVISOR_OUTCOME;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import java.util.List;
import org.springframework.stereotype.Component;

/** CAT-02: the supervisor answers the resident (within 5 minutes) or has the case dispatched. */
@Component
class SupervisorReplyStep extends TaskStep {

  private static final List<String> OUTCOMES = List.of("resolved", "dispatch");

  private final Deadlines deadlines;

  SupervisorReplyStep(Deadlines deadlines) {
    super(
        ResidentRequestProcess.Element.CONSULT_SUPERVISOR,
        Rules.CAT_02,
        outcome(SUPERVISOR_OUTCOME),
        onSheet(SUPERVISOR_REPLY, "Reply to the resident"));
    this.deadlines = deadlines;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String outcome = form.oneOf(SUPERVISOR_OUTCOME, "The supervisor's outcome", OUTCOMES);
    form.required(SUPERVISOR_REPLY, "The reply given to the resident");
    deadlines.meet(serviceCase.getId(), Rules.CAT_02);
    if ("resolved".equals(outcome)) {
      deadlines.meet(serviceCase.getId(), Rules.CAT_04);
    }
  }
}
