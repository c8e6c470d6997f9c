package com.residentdesk.callback;

import static com.residentdesk.intake.ResidentRequestProcess.Field.MANAGER_DECISION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESIDENT_TOLD;
import static com.residentdesk.intake.ResidentRequestProcess.Var.MANAGER_OUTCOME;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * CB-04: follow-ups exhausted; the centre manager decides. Follow-up continues until the resident
 * is satisfied; the case is closed unsatisfied only with the manager's reason why nothing more can
 * be done and how the resident was told, both kept on the handling sheet.
 */
@Component
class ManagerReviewStep extends TaskStep {

  static final String FOLLOW_UP = "followUp";
  static final String CLOSE = "close";

  ManagerReviewStep() {
    super(
        ResidentRequestProcess.Element.MANAGER_REVIEW,
        "CB-04",
        outcome(MANAGER_OUTCOME),
        onSheet(MANAGER_DECISION, "Centre manager's decision"),
        onSheet(RESIDENT_TOLD, "Resident told that the case is closed"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String outcome =
        form.oneOf(MANAGER_OUTCOME, "The centre manager's decision", List.of(FOLLOW_UP, CLOSE));
    form.required(MANAGER_DECISION, "The centre manager's decision and reason");
    if (CLOSE.equals(outcome)) {
      form.required(RESIDENT_TOLD, "How and when the resident was told");
    }
  }
}
