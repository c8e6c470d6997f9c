package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** CAT-02/CAT-03: the front desk resolves at once, consults the supervisor, or dispatches. */
@Component
class FrontDeskReviewStep implements TaskStep {

  static final String RESOLVED = "resolved";
  private static final List<String> OUTCOMES = List.of(RESOLVED, "consult-supervisor", "dispatch");

  private final Deadlines deadlines;

  FrontDeskReviewStep(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.FRONT_DESK_REVIEW;
  }

  @Override
  public String ruleId() {
    return Rules.CAT_02;
  }

  @Override
  public Map<String, String> sheetFields() {
    return Map.of("deskNote", "Front desk note");
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    String outcome = TaskStep.oneOf(task, DESK_OUTCOME, "How the front desk proceeds", OUTCOMES);
    if (RESOLVED.equals(outcome)) {
      serviceCase.closeAtDesk();
      deadlines.meet(serviceCase.getId(), Rules.CAT_04);
    }
  }
}
