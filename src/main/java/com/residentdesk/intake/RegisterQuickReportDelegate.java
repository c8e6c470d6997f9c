package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Field.INTAKE;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CASE_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.system.InvalidFieldException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * INT-03 from Tasklist (staff-quick-report): the form's request goes to the same service as {@code
 * POST /api/cases/verbal}, which registers the case in the front desk's register and starts its
 * {@code resident-request} process; this process keeps only the case's id and number.
 */
@Component("registerQuickReportDelegate")
class RegisterQuickReportDelegate implements JavaDelegate {

  private final IntakeService intake;
  private final IntakeForm form;
  private final CurrentActor actor;

  RegisterQuickReportDelegate(IntakeService intake, IntakeForm form, CurrentActor actor) {
    this.intake = intake;
    this.form = form;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase;
    try {
      serviceCase =
          intake
              .submitVerbalAt(execution.getTenantId(), form.read(execution), actor.id())
              .serviceCase();
    } catch (InvalidFieldException refused) {
      throw form.refused(refused);
    }
    INTAKE.forEach(field -> field.remove(execution));
    CASE_ID.set(execution, serviceCase.getId());
    execution.setProcessBusinessKey(serviceCase.getCaseNumber());
  }
}
