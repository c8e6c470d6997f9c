package com.residentdesk.dispatch;

import static com.residentdesk.intake.ResidentRequestProcess.Field.CONFIRMATION_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SATISFACTION;
import static com.residentdesk.intake.ResidentRequestProcess.Var.FIXED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.RESIDENT_SATISFIED;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.system.DeskClock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HLP-06: the resident confirms the problem is solved and rates the service. The first three
 * ratings count as satisfied (QA-04).
 */
@Component
class ResidentConfirmationStep extends TaskStep {

  static final List<String> SATISFIED =
      List.of("very-satisfied", "satisfied", "basically-satisfied");
  static final List<String> RATINGS =
      List.of(
          "very-satisfied", "satisfied", "basically-satisfied", "unsatisfied", "very-unsatisfied");

  private final DeskClock clock;

  ResidentConfirmationStep(DeskClock clock) {
    super(
        ResidentRequestProcess.Element.CONFIRM_WITH_RESIDENT,
        "HLP-06",
        outcome(FIXED),
        onSheet(SATISFACTION, "Satisfaction"),
        onSheet(CONFIRMATION_NOTE, "Note"));
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    boolean fixed = form.flag(FIXED);
    String satisfaction = form.oneOf(SATISFACTION, "The resident's satisfaction", RATINGS);
    form.set(FIXED, fixed);
    form.set(RESIDENT_SATISFIED, SATISFIED.contains(satisfaction));
    serviceCase.recordConfirmation(fixed, satisfaction, clock.now());
  }
}
