package com.residentdesk.triage;

import static com.residentdesk.intake.ResidentRequestProcess.Field.CONTROL_CENTRE_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CONTROL_CENTRE_OUTCOME;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HLP-02: after hours the control centre forwards to the on-duty staff or leaves it for the desk.
 */
@Component
class ControlCentreReviewStep extends TaskStep {

  ControlCentreReviewStep() {
    super(
        ResidentRequestProcess.Element.CONTROL_CENTRE_REVIEW,
        "HLP-02",
        outcome(CONTROL_CENTRE_OUTCOME),
        onSheet(CONTROL_CENTRE_NOTE, "Control centre note"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.oneOf(
        CONTROL_CENTRE_OUTCOME,
        "Where the control centre forwards the request",
        List.of("dispatch", "front-desk"));
  }
}
