package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Field.CATEGORY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CHANNEL;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DESCRIPTION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.EMAIL;
import static com.residentdesk.intake.ResidentRequestProcess.Field.INTAKE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.LANGUAGE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.LOCATION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.PHONE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESIDENT_NAME;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SUBCATEGORY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.UNIT;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CASE_ID;

import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.InvalidEntryException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
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
  private final Validator validator;
  private final Deadlines deadlines;

  RegisterCaseDelegate(IntakeService intake, Validator validator, Deadlines deadlines) {
    this.intake = intake;
    this.validator = validator;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.find(execution).orElse(null);
    if (caseId == null) {
      ServiceCase serviceCase = intake.register(fromForm(execution), execution.getTenantId());
      caseId = serviceCase.getId();
      serviceCase.linkProcess(execution.getProcessInstanceId());
      INTAKE.forEach(field -> field.remove(execution));
      CASE_ID.set(execution, caseId);
      execution.setProcessBusinessKey(serviceCase.getCaseNumber());
    }
    deadlines.due(caseId, Rules.INT_04);
  }

  private NewCaseRequest fromForm(DelegateExecution execution) {
    NewCaseRequest request =
        new NewCaseRequest(
            text(execution, CHANNEL),
            text(execution, UNIT),
            text(execution, RESIDENT_NAME),
            text(execution, PHONE),
            text(execution, EMAIL),
            text(execution, LANGUAGE),
            text(execution, CATEGORY),
            text(execution, SUBCATEGORY),
            text(execution, DESCRIPTION),
            text(execution, LOCATION),
            execution.getTenantId());
    Set<ConstraintViolation<NewCaseRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      // field names and rules only: the values are personal data and must not reach the logs
      throw new InvalidEntryException(
          violations.stream()
              .map(v -> v.getPropertyPath().toString())
              .sorted()
              .distinct()
              .collect(Collectors.joining(",")),
          "The request is incomplete or invalid: "
              + violations.stream()
                  .map(v -> v.getPropertyPath() + " " + v.getMessage())
                  .sorted()
                  .collect(Collectors.joining("; ")));
    }
    return request;
  }

  private static String text(DelegateExecution execution, ProcessVariable<String> field) {
    return field.find(execution).orElse(null);
  }
}
