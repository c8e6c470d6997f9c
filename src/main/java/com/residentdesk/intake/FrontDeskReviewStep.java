package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Field.DESK_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DISPATCHER;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.GroupMembership;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * CAT-02/CAT-03: the front desk resolves at once, consults the supervisor, or dispatches. HLP-01:
 * dispatching, the clerk notifies a person of the handling group picked from the list (the one on
 * duty first), who is given the dispatch and sends someone; without a pick the dispatch is offered
 * to the group and the supervisors, who may also take it over (re-dispatch).
 */
@Component
class FrontDeskReviewStep extends TaskStep {

  static final String RESOLVED = "resolved";
  static final String DISPATCH = "dispatch";
  private static final List<String> OUTCOMES = List.of(RESOLVED, "consult-supervisor", DISPATCH);

  private final Deadlines deadlines;
  private final GroupMembership membership;

  FrontDeskReviewStep(Deadlines deadlines, GroupMembership membership) {
    super(
        ResidentRequestProcess.Element.FRONT_DESK_REVIEW,
        Rules.CAT_02,
        outcome(DESK_OUTCOME),
        outcome(DISPATCHER),
        onSheet(DESK_NOTE, "Front desk note"));
    this.deadlines = deadlines;
    this.membership = membership;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String outcome = form.oneOf(DESK_OUTCOME, "How the front desk proceeds", OUTCOMES);
    if (RESOLVED.equals(outcome)) {
      serviceCase.closeAtDesk();
      deadlines.meet(serviceCase.getId(), Rules.CAT_04);
    }
    String dispatcher = form.text(DISPATCHER);
    if (DISPATCH.equals(outcome) && dispatcher != null && !dispatcher.isBlank()) {
      membership.require(
          DISPATCHER.name(),
          dispatcher.strip(),
          serviceCase.getTriage().handlingGroup(),
          serviceCase.getPropertyCode());
      form.set(DISPATCHER, dispatcher.strip());
    }
  }
}
