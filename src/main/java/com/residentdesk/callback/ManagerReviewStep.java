package com.residentdesk.callback;

import static com.residentdesk.intake.ResidentRequestProcess.Field.MANAGER_DECISION;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import org.springframework.stereotype.Component;

/** CB-04: follow-ups exhausted; the centre manager decides and the decision is kept. */
@Component
class ManagerReviewStep extends TaskStep {

  ManagerReviewStep() {
    super(
        ResidentRequestProcess.Element.MANAGER_REVIEW,
        "CB-04",
        onSheet(MANAGER_DECISION, "Centre manager's decision"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(MANAGER_DECISION, "The centre manager's decision");
  }
}
