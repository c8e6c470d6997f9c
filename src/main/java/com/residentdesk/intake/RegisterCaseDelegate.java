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
import static com.residentdesk.intake.ResidentRequestProcess.Field.TOPIC;
import static com.residentdesk.intake.ResidentRequestProcess.Field.UNIT;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CASE_ID;

import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskLocaleResolver;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
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
  private final MessageSource messages;

  RegisterCaseDelegate(
      IntakeService intake, Validator validator, Deadlines deadlines, MessageSource messages) {
    this.intake = intake;
    this.messages = messages;
    this.validator = validator;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.find(execution).orElse(null);
    if (caseId == null) {
      ServiceCase serviceCase;
      try {
        serviceCase = intake.register(fromForm(execution), execution.getTenantId());
      } catch (InvalidFieldException refused) {
        throw new InvalidEntryException(
            refused.field(),
            label(refused.field())
                + messages.getMessage(refused.getMessage(), refused.args(), reader()));
      }
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
            text(execution, SUBCATEGORY) != null
                ? text(execution, SUBCATEGORY)
                : text(execution, TOPIC),
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
          violations.stream()
              .map(this::sentence)
              .sorted()
              .collect(Collectors.joining(messages.getMessage("form.separator", null, reader()))));
    }
    return request;
  }

  /** "联系电话：请填写电话号码…": the field as the form labels it and what is wrong, in words. */
  private String sentence(ConstraintViolation<NewCaseRequest> violation) {
    String field = violation.getPropertyPath().toString();
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    Object max = violation.getConstraintDescriptor().getAttributes().get("max");
    Locale reader = reader();
    String why =
        messages.getMessage(
            "form.invalid." + constraint + "." + field,
            new Object[] {max},
            messages.getMessage(
                "form.invalid." + constraint,
                new Object[] {max},
                messages.getMessage("form.invalid", null, reader),
                reader),
            reader);
    return label(field) + why;
  }

  private String label(String field) {
    return messages.getMessage("form.field." + field, null, field, reader())
        + messages.getMessage("form.label-separator", null, reader());
  }

  /**
   * The language of the clerk submitting the start form (Tasklist sends the browser's), Chinese
   * unless the browser asks for English.
   */
  private static Locale reader() {
    LocaleContext request = LocaleContextHolder.getLocaleContext();
    return request != null
            && request.getLocale() != null
            && "en".equals(request.getLocale().getLanguage())
        ? DeskLocaleResolver.ENGLISH
        : DeskLocaleResolver.CHINESE;
  }

  private static String text(DelegateExecution execution, ProcessVariable<String> field) {
    return field.find(execution).orElse(null);
  }
}
