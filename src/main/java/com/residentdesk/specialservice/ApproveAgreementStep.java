package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.APPROVAL_NOTE;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.AGREEMENT_DECISION;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import java.util.List;
import org.springframework.stereotype.Component;

/** SVC-08: the department head (cs-head) approves the long-term agreement, or refuses it. */
@Component
class ApproveAgreementStep extends TaskStep {

  static final String APPROVE = "approve";
  static final String REFUSE = "refuse";

  private final Agreements agreements;
  private final CurrentActor actor;
  private final DeskClock clock;

  ApproveAgreementStep(Agreements agreements, CurrentActor actor, DeskClock clock) {
    super(
        SpecialServiceAgreementProcess.Element.APPROVE_AGREEMENT,
        "SVC-08",
        outcome(AGREEMENT_DECISION),
        onSheet(APPROVAL_NOTE, "部门负责人意见 Department head's decision"));
    this.agreements = agreements;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String decision =
        form.oneOf(AGREEMENT_DECISION, "审批结论 / agreementDecision", List.of(APPROVE, REFUSE));
    agreements
        .of(serviceCase.getId())
        .recordApproval(
            APPROVE.equals(decision),
            form.required(APPROVAL_NOTE, "审批意见 / agreementApprovalNote"),
            actor.id(),
            clock.now());
  }
}
