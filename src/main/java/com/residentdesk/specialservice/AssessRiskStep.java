package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.RISK_ASSESSMENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.RISK_DECISION;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SVC-06: a risky service (flagged in the catalogue) is assessed by the business-management
 * department (the quality group) before anything is promised to the resident: approved with the
 * precautions, or refused with the reason the resident is told.
 */
@Component
class AssessRiskStep extends TaskStep {

  static final String APPROVE = "approve";
  static final String REFUSE = "refuse";

  private final SpecialServices specialServices;
  private final CurrentActor actor;
  private final DeskClock clock;

  AssessRiskStep(SpecialServices specialServices, CurrentActor actor, DeskClock clock) {
    super(
        SpecialServiceProcess.Element.ASSESS_RISK,
        "SVC-06",
        outcome(RISK_DECISION),
        onSheet(RISK_ASSESSMENT, "风险评估 Risk assessment"));
    this.specialServices = specialServices;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String decision = form.oneOf(RISK_DECISION, "评估结论 / riskDecision", List.of(APPROVE, REFUSE));
    specialServices
        .of(serviceCase.getId())
        .recordRiskAssessment(
            APPROVE.equals(decision),
            form.required(RISK_ASSESSMENT, "风险评估 / riskAssessment"),
            actor.id(),
            clock.now());
  }
}
