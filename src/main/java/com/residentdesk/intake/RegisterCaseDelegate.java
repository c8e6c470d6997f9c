package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Field.INTAKE;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CASE_ID;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.InvalidFieldException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * INT-02: a clerk's Tasklist start form becomes a case (validated like the API) of the property the
 * process instance runs for (its tenant, chosen as it started: {@code property.PropertyTenancy}),
 * the form values leave the process, and the case number becomes the business key. A process
 * started by the API already carries its case id. Either way the acknowledgement clock (INT-04)
 * starts at receipt.
 */
@Component("registerCaseDelegate")
class RegisterCaseDelegate implements JavaDelegate {

  private final IntakeService intake;
  private final IntakeForm form;
  private final Deadlines deadlines;

  RegisterCaseDelegate(IntakeService intake, IntakeForm form, Deadlines deadlines) {
    this.intake = intake;
    this.form = form;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.find(execution).orElse(null);
    if (caseId == null) {
      ServiceCase serviceCase;
      try {
        serviceCase = intake.register(form.read(execution), execution.getTenantId());
      } catch (InvalidFieldException refused) {
        throw form.refused(refused);
      }
      caseId = serviceCase.getId();
      serviceCase.linkProcess(execution.getProcessInstanceId());
      INTAKE.forEach(field -> field.remove(execution));
      CASE_ID.set(execution, caseId);
      execution.setProcessBusinessKey(serviceCase.getCaseNumber());
    }
    deadlines.due(caseId, Rules.INT_04);
  }
}
