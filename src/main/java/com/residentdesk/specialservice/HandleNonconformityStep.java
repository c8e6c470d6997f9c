package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.CORRECTIVE_ACTION;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.CORRECTIVE_DEADLINE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.CORRECTIVE_OWNER;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.NONCONFORMITY_CAUSE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.VERIFICATION;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/**
 * SVC-13: an unsatisfactory service is handled as a nonconformity: cause, corrective action, its
 * owner and deadline, and how its effect was verified.
 */
@Component
class HandleNonconformityStep extends TaskStep {

  private final SpecialServices specialServices;

  HandleNonconformityStep(SpecialServices specialServices) {
    super(
        SpecialServiceProcess.Element.HANDLE_NONCONFORMITY,
        "SVC-13",
        onSheet(NONCONFORMITY_CAUSE, "原因 Cause"),
        onSheet(CORRECTIVE_ACTION, "纠正措施 Corrective action"),
        onSheet(CORRECTIVE_OWNER, "责任人 Owner"),
        onSheet(CORRECTIVE_DEADLINE, "完成期限 Deadline"),
        onSheet(VERIFICATION, "验证 Verification"));
    this.specialServices = specialServices;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    specialServices
        .of(serviceCase.getId())
        .recordNonconformity(
            form.required(NONCONFORMITY_CAUSE, "原因 / nonconformityCause"),
            form.required(CORRECTIVE_ACTION, "纠正措施 / correctiveAction"),
            form.required(CORRECTIVE_OWNER, "责任人 / correctiveOwner"),
            form.date(CORRECTIVE_DEADLINE, "完成期限 / correctiveDeadline"),
            form.required(VERIFICATION, "验证 / verification"));
  }
}
