package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Field.DESK_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.REFERRAL_CONTACT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.REFERRED_TO;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DISPATCHER;

import com.residentdesk.casefile.CaseReferred;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.GroupMembership;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * CAT-02/CAT-03: the front desk resolves at once, consults the supervisor, dispatches, or, when the
 * centre cannot do it, refers the request to a named outside body for the resident: the referral is
 * on the handling sheet and the resident is told where it went (HLP-08). HLP-01: dispatching, the
 * clerk notifies a person of the handling group picked from the list (the one on duty first), who
 * is given the dispatch and sends someone; without a pick the dispatch is offered to the group and
 * the supervisors, who may also take it over (re-dispatch).
 */
@Component
class FrontDeskReviewStep extends TaskStep {

  static final String RESOLVED = "resolved";
  static final String DISPATCH = "dispatch";
  static final String REFER = "refer";
  private static final List<String> OUTCOMES =
      List.of(RESOLVED, "consult-supervisor", DISPATCH, REFER);

  private final Deadlines deadlines;
  private final GroupMembership membership;
  private final ApplicationEventPublisher events;

  FrontDeskReviewStep(
      Deadlines deadlines, GroupMembership membership, ApplicationEventPublisher events) {
    super(
        ResidentRequestProcess.Element.FRONT_DESK_REVIEW,
        Rules.CAT_02,
        outcome(DESK_OUTCOME),
        outcome(DISPATCHER),
        onSheet(DESK_NOTE, "Front desk note"),
        onSheet(REFERRED_TO, "Referred to (CAT-03)"),
        onSheet(REFERRAL_CONTACT, "Referral contact"));
    this.deadlines = deadlines;
    this.membership = membership;
    this.events = events;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String outcome = form.oneOf(DESK_OUTCOME, "How the front desk proceeds", OUTCOMES);
    if (REFER.equals(outcome)) {
      String body = form.required(REFERRED_TO, "The outside body it was referred to");
      serviceCase.closeAtDesk();
      deadlines.meet(serviceCase.getId(), Rules.CAT_04);
      events.publishEvent(new CaseReferred(serviceCase.getId(), body.trim()));
    } else if (RESOLVED.equals(outcome)) {
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
