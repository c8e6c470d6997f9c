package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Field.CATEGORY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CHANNEL;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DESCRIPTION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.EMAIL;
import static com.residentdesk.intake.ResidentRequestProcess.Field.LANGUAGE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.LOCATION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.PHONE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESIDENT_NAME;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SUBCATEGORY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.TOPIC;
import static com.residentdesk.intake.ResidentRequestProcess.Field.UNIT;

import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.system.DeskLocaleResolver;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A Tasklist start form that registers a request (the clerk's resident-request-intake, a staff
 * member's staff-quick-report): its entries as a {@link NewCaseRequest} of the property the process
 * runs for, validated like the API, and a refusal as Tasklist shows it under the form: the field as
 * the form labels it and why, in the language of the person submitting it.
 */
@Component
class IntakeForm {

  private final Validator validator;
  private final MessageSource messages;

  IntakeForm(Validator validator, MessageSource messages) {
    this.validator = validator;
    this.messages = messages;
  }

  /** The form's request, at the property (tenant) the instance runs for. */
  NewCaseRequest read(DelegateExecution execution) {
    return fromForm(execution);
  }

  /** A refusal of the register, shown under the form. */
  InvalidEntryException refused(InvalidFieldException refused) {
    return new InvalidEntryException(
        refused.field(),
        label(refused.field())
            + messages.getMessage(refused.getMessage(), refused.args(), reader()));
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
