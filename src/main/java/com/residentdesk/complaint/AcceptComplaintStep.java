package com.residentdesk.complaint;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.Steps;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * CMP-01: the clerk accepts the complaint within 24 hours, having checked the complainant's unit
 * and name against the household register, records the facts, and the complainant is sent a
 * confirmation of receipt. The other parties named stay off the handling sheet (CMP-09).
 */
@Component
class AcceptComplaintStep implements TaskStep {

  static final String OTHER_PARTIES = "otherParties";

  private final ComplaintFiles complaints;
  private final HouseholdRepository households;
  private final Deadlines deadlines;
  private final DeskClock clock;
  private final CurrentActor actor;

  AcceptComplaintStep(
      ComplaintFiles complaints,
      HouseholdRepository households,
      Deadlines deadlines,
      DeskClock clock,
      CurrentActor actor) {
    this.actor = actor;
    this.complaints = complaints;
    this.households = households;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public String taskKey() {
    return ComplaintProcess.Element.ACCEPT_COMPLAINT;
  }

  @Override
  public String ruleId() {
    return Rules.CMP_01;
  }

  @Override
  public Map<String, String> sheetFields() {
    return Steps.fields(
        "identityVerified",
        "Identity verified",
        "valid",
        "Valid",
        "repeatedRequestsIgnored",
        "Service not delivered after repeated requests",
        "seriousLossOrInjury",
        "Serious loss or injury caused by the company",
        "managementOrServiceFailure",
        "Management or service failure",
        "complaintSummary",
        "Complaint",
        "invalidReason",
        "Why it is not valid");
  }

  @Override
  public Set<String> privateFields() {
    return Set.of(OTHER_PARTIES);
  }

  /**
   * CMP-01: a complaint is accepted as valid only from a verified complainant. One whose unit and
   * name match no household can still be closed: as not valid, with the reason.
   */
  private void requireVerifiedIdentity(DelegateTask task, ServiceCase serviceCase) {
    if (!TaskStep.flag(task, "identityVerified")) {
      throw new InvalidEntryException(
          "identityVerified", "Verify the complainant's identity first (CMP-01)");
    }
    boolean registered =
        households
            .findByUnit(serviceCase.getUnit())
            .filter(h -> h.getResidentName().equalsIgnoreCase(serviceCase.getResidentName()))
            .isPresent();
    if (!registered) {
      throw new InvalidEntryException(
          "identityVerified",
          "Unit and name do not match a household in the register (CMP-01): check them with the resident, "
              + "or record the complaint as not valid with the reason");
    }
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    boolean valid =
        Boolean.parseBoolean(
            TaskStep.oneOf(
                task,
                "valid",
                "Whether the complaint is valid",
                java.util.List.of("true", "false")));
    if (valid) {
      requireVerifiedIdentity(task, serviceCase);
    }
    String summary = TaskStep.required(task, "complaintSummary", "The complaint");
    String invalidReason = TaskStep.text(task, "invalidReason");
    if (!valid && (invalidReason == null || invalidReason.isEmpty())) {
      throw new InvalidEntryException(
          "invalidReason", "invalidReason: say why the complaint is not valid (CMP-02)");
    }
    Complaint complaint = complaints.of(serviceCase.getId());
    complaint.accept(
        new Complaint.Facts(
            valid,
            TaskStep.flag(task, "repeatedRequestsIgnored"),
            TaskStep.flag(task, "seriousLossOrInjury"),
            TaskStep.flag(task, "managementOrServiceFailure"),
            summary,
            TaskStep.text(task, OTHER_PARTIES),
            invalidReason),
        actor.id(),
        clock.now());
    deadlines.meet(serviceCase.getId(), Rules.CMP_01);
    if (serviceCase.getEmail() != null) {
      complaints.writeToComplainant(serviceCase, "email", "complaintReceipt", "complaint-receipt");
    }
  }
}
