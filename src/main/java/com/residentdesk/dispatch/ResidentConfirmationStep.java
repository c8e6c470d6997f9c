package com.residentdesk.dispatch;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.system.DeskClock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * HLP-06: the resident confirms the problem is solved and rates the service. The first three
 * ratings count as satisfied (QA-04).
 */
@Component
class ResidentConfirmationStep implements TaskStep {

  static final List<String> SATISFIED =
      List.of("very-satisfied", "satisfied", "basically-satisfied");
  static final List<String> RATINGS =
      List.of(
          "very-satisfied", "satisfied", "basically-satisfied", "unsatisfied", "very-unsatisfied");

  private static final Map<String, String> SHEET = new LinkedHashMap<>();

  static {
    SHEET.put("satisfaction", "Satisfaction");
    SHEET.put("confirmationNote", "Note");
  }

  private final DeskClock clock;

  ResidentConfirmationStep(DeskClock clock) {
    this.clock = clock;
  }

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.CONFIRM_WITH_RESIDENT;
  }

  @Override
  public String ruleId() {
    return "HLP-06";
  }

  @Override
  public Map<String, String> sheetFields() {
    return SHEET;
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    boolean fixed = TaskStep.flag(task, ResidentRequestProcess.Var.FIXED);
    String satisfaction =
        TaskStep.oneOf(task, "satisfaction", "The resident's satisfaction", RATINGS);
    task.setVariable(ResidentRequestProcess.Var.FIXED, fixed);
    task.setVariable(
        ResidentRequestProcess.Var.RESIDENT_SATISFIED, SATISFIED.contains(satisfaction));
    serviceCase.recordConfirmation(fixed, satisfaction, clock.now());
  }
}
