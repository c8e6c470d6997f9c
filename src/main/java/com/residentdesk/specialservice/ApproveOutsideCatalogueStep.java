package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.OUTSIDE_DECISION_NOTE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.OUTSIDE_DELIVERING_GROUP;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.OUTSIDE_NEEDS_RISK_ASSESSMENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.OUTSIDE_DECISION;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.system.DeskClock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SVC-06: a service outside the catalogue needs the department head's approval (the
 * customer-service head, 客户服务部门负责人, who runs the centre's special services): approved, with the
 * group that delivers it and whether the business-management department must assess its risk first
 * (a service no procedure covers), or refused with the reason the resident is told.
 */
@Component
class ApproveOutsideCatalogueStep extends TaskStep {

  static final String APPROVE = "approve";
  static final String REFUSE = "refuse";

  /** The groups that can deliver a service at a property. */
  static final List<String> DELIVERING_GROUPS =
      List.of(StaffGroups.FRONT_DESK, StaffGroups.ENGINEERING, StaffGroups.SECURITY);

  private final SpecialServices specialServices;
  private final BookingRefusals refusals;
  private final CurrentActor actor;
  private final DeskClock clock;

  ApproveOutsideCatalogueStep(
      SpecialServices specialServices,
      BookingRefusals refusals,
      CurrentActor actor,
      DeskClock clock) {
    super(
        SpecialServiceProcess.Element.APPROVE_OUTSIDE_CATALOGUE,
        "SVC-06",
        outcome(OUTSIDE_DECISION),
        onSheet(OUTSIDE_DECISION_NOTE, "部门负责人意见 Department head's decision"),
        onSheet(OUTSIDE_DELIVERING_GROUP, "服务提供部门 Delivering group"),
        onSheet(OUTSIDE_NEEDS_RISK_ASSESSMENT, "需要风险评估 Needs a risk assessment"));
    this.specialServices = specialServices;
    this.refusals = refusals;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String decision =
        form.oneOf(OUTSIDE_DECISION, "审批结论 / outsideDecision", List.of(APPROVE, REFUSE));
    String note = form.required(OUTSIDE_DECISION_NOTE, "意见 / outsideDecisionNote");
    boolean approved = APPROVE.equals(decision);
    String group = form.text(OUTSIDE_DELIVERING_GROUP);
    if (approved && (group == null || !DELIVERING_GROUPS.contains(group))) {
      throw refusals.field(
          OUTSIDE_DELIVERING_GROUP.name(),
          "problem.special-service.group-unknown",
          group == null ? "" : group);
    }
    specialServices
        .of(serviceCase.getId())
        .recordHeadDecision(
            approved,
            note,
            group,
            form.flag(OUTSIDE_NEEDS_RISK_ASSESSMENT),
            actor.id(),
            clock.now());
  }
}
