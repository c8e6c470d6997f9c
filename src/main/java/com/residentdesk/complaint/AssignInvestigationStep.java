package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.PLANNED_DATE;
import static com.residentdesk.complaint.ComplaintProcess.Field.RESPOND_ENGINEERING;
import static com.residentdesk.complaint.ComplaintProcess.Field.RESPOND_FRONT_DESK;
import static com.residentdesk.complaint.ComplaintProcess.Field.RESPOND_SECURITY;
import static com.residentdesk.complaint.ComplaintProcess.Var.COMPLAINT_HANDLERS;
import static com.residentdesk.complaint.ComplaintProcess.Var.INVESTIGATOR;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.Privileged;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** CMP-03/CMP-04: investigator, planned date and the departments that must respond. */
@Component
class AssignInvestigationStep extends TaskStep {

  private final ComplaintFiles complaints;
  private final IdentityService identityService;

  AssignInvestigationStep(ComplaintFiles complaints, IdentityService identityService) {
    super(
        ComplaintProcess.Element.ASSIGN_INVESTIGATION,
        "CMP-04",
        outcome(INVESTIGATOR),
        onSheet(PLANNED_DATE, "Investigation planned for"),
        onSheet(RESPOND_ENGINEERING, "Engineering responds"),
        onSheet(RESPOND_SECURITY, "Security responds"),
        onSheet(RESPOND_FRONT_DESK, "Front desk responds"));
    this.complaints = complaints;
    this.identityService = identityService;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String investigator = form.required(INVESTIGATOR, "The investigator");
    List<String> handlers = List.of(form.process(COMPLAINT_HANDLERS).split(","));
    if (!memberOfAny(investigator, handlers)) {
      throw new InvalidEntryException(
          INVESTIGATOR.name(),
          "“"
              + investigator
              + "”不属于处理此投诉的部门，请重新选择 / The investigator must belong to the groups handling the complaint: "
              + handlers);
    }
    List<String> departments = new ArrayList<>();
    if (form.flag(RESPOND_ENGINEERING)) {
      departments.add(StaffGroups.ENGINEERING);
    }
    if (form.flag(RESPOND_SECURITY)) {
      departments.add(StaffGroups.SECURITY);
    }
    if (form.flag(RESPOND_FRONT_DESK)) {
      departments.add(StaffGroups.FRONT_DESK);
    }
    complaints
        .of(serviceCase.getId())
        .assignInvestigation(
            investigator, form.date(PLANNED_DATE, "The planned date"), departments);
  }

  private boolean memberOfAny(String user, List<String> groups) {
    return Privileged.asSystem(
        () ->
            groups.stream()
                .anyMatch(
                    group ->
                        identityService.createUserQuery().userId(user).memberOfGroup(group).count()
                            > 0));
  }
}
