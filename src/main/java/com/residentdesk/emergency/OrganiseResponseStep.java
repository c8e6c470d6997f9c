package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Field.ORGANISE_NOTE;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.RESPONDER;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.GroupMembership;
import org.springframework.stereotype.Component;

/** HLP-01: nobody on duty; the centre manager names a responder from the handling group. */
@Component
class OrganiseResponseStep extends TaskStep {

  private final GroupMembership membership;

  OrganiseResponseStep(GroupMembership membership) {
    super(
        EmergencyResponseProcess.Element.ORGANISE_RESPONSE,
        "HLP-01",
        outcome(RESPONDER),
        onSheet(ORGANISE_NOTE, "How the response was organised"));
    this.membership = membership;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String responder = form.required(RESPONDER, "The responder");
    membership.require(
        RESPONDER.name(),
        responder,
        serviceCase.getTriage().handlingGroup(),
        serviceCase.getPropertyCode());
    form.set(RESPONDER, responder);
  }
}
