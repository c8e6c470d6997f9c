package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Field.DESK_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import java.util.List;
import org.springframework.stereotype.Component;

/** CAT-02/CAT-03: the front desk resolves at once, consults the supervisor, or dispatches. */
@Component
class FrontDeskReviewStep extends TaskStep {

  static final String RESOLVED = "resolved";
  private static final List<String> OUTCOMES = List.of(RESOLVED, "consult-supervisor", "dispatch");

  private final Deadlines deadlines;

  FrontDeskReviewStep(Deadlines deadlines) {
    super(
        ResidentRequestProcess.Element.FRONT_DESK_REVIEW,
        Rules.CAT_02,
        outcome(DESK_OUTCOME),
        onSheet(DESK_NOTE, "Front desk note"));
    this.deadlines = deadlines;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String outcome = form.oneOf(DESK_OUTCOME, "How the front desk proceeds", OUTCOMES);
    if (RESOLVED.equals(outcome)) {
      serviceCase.closeAtDesk();
      deadlines.meet(serviceCase.getId(), Rules.CAT_04);
    }
  }
}
