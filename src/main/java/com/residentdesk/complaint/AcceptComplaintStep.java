package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.COMPLAINT_SUMMARY;
import static com.residentdesk.complaint.ComplaintProcess.Field.IDENTITY_VERIFIED;
import static com.residentdesk.complaint.ComplaintProcess.Field.INVALID_REASON;
import static com.residentdesk.complaint.ComplaintProcess.Field.MANAGEMENT_OR_SERVICE_FAILURE;
import static com.residentdesk.complaint.ComplaintProcess.Field.OTHER_PARTIES;
import static com.residentdesk.complaint.ComplaintProcess.Field.REPEATED_REQUESTS_IGNORED;
import static com.residentdesk.complaint.ComplaintProcess.Field.SERIOUS_LOSS_OR_INJURY;
import static com.residentdesk.complaint.ComplaintProcess.Field.VALID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ResidentRequest;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * CMP-01: the clerk accepts the complaint within 24 hours, having checked the complainant's unit
 * and name against the household register, records the facts, and the complainant is sent a
 * confirmation of receipt. The other parties named stay off the handling sheet (CMP-09).
 */
@Component
class AcceptComplaintStep extends TaskStep {

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
    super(
        ComplaintProcess.Element.ACCEPT_COMPLAINT,
        Rules.CMP_01,
        onSheet(IDENTITY_VERIFIED, "Identity verified"),
        onSheet(VALID, "Valid"),
        onSheet(REPEATED_REQUESTS_IGNORED, "Service not delivered after repeated requests"),
        onSheet(SERIOUS_LOSS_OR_INJURY, "Serious loss or injury caused by the company"),
        onSheet(MANAGEMENT_OR_SERVICE_FAILURE, "Management or service failure"),
        onSheet(COMPLAINT_SUMMARY, "Complaint"),
        onSheet(INVALID_REASON, "Why it is not valid"),
        confidential(OTHER_PARTIES));
    this.actor = actor;
    this.complaints = complaints;
    this.households = households;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /**
   * CMP-01: a complaint is accepted as valid only from a verified complainant. One whose unit and
   * name match no household can still be closed: as not valid, with the reason.
   */
  private void requireVerifiedIdentity(TaskForm form, ServiceCase serviceCase) {
    ResidentRequest complainant = serviceCase.getRequest();
    if (!form.flag(IDENTITY_VERIFIED)) {
      throw new InvalidEntryException(
          IDENTITY_VERIFIED.name(), "请先核实投诉人身份 / Verify the complainant's identity first");
    }
    boolean registered =
        households
            .findByPropertyCodeAndUnit(serviceCase.getPropertyCode(), complainant.unit())
            .filter(h -> h.getResidentName().equalsIgnoreCase(complainant.residentName()))
            .isPresent();
    if (!registered) {
      throw new InvalidEntryException(
          IDENTITY_VERIFIED.name(),
          "房号和姓名与住户登记不符：请与住户核对，或登记为投诉不成立并写明原因 / Unit and name do not match a household in the register: "
              + "check them with the resident, or record the complaint as not valid with the reason");
    }
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    boolean valid =
        Boolean.parseBoolean(
            form.oneOf(VALID, "Whether the complaint is valid", List.of("true", "false")));
    if (valid) {
      requireVerifiedIdentity(form, serviceCase);
    }
    String summary = form.required(COMPLAINT_SUMMARY, "The complaint");
    String invalidReason = form.text(INVALID_REASON);
    if (!valid && invalidReason == null) {
      throw new InvalidEntryException(
          INVALID_REASON.name(), "请写明投诉不成立的原因 / invalidReason: say why the complaint is not valid");
    }
    Complaint complaint = complaints.of(serviceCase.getId());
    complaint.accept(
        new Complaint.Facts(
            valid,
            form.flag(REPEATED_REQUESTS_IGNORED),
            form.flag(SERIOUS_LOSS_OR_INJURY),
            form.flag(MANAGEMENT_OR_SERVICE_FAILURE),
            summary,
            form.text(OTHER_PARTIES),
            invalidReason),
        actor.id(),
        clock.now());
    deadlines.meet(serviceCase.getId(), Rules.CMP_01);
    if (serviceCase.getRequest().email() != null) {
      complaints.writeToComplainant(serviceCase, "email", "complaintReceipt", "complaint-receipt");
    }
  }
}
