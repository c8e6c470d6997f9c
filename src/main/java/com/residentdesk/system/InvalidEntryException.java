package com.residentdesk.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form entry the SOP does not allow (a missing reason, a handler outside the group). The task or
 * start stays as it was; Tasklist shows the message and the REST APIs answer 400, as they do for
 * any form validation failure. {@code casefile.CaseFileEnginePlugin} unwraps it from the engine's
 * listener exception so it reaches them as itself.
 */
public class InvalidEntryException extends FormFieldValidationException {

  public InvalidEntryException(String field, String message) {
    super(field, message);
  }

  /**
   * The entry refused with the message of {@code code} in Chinese and English ("中文 / English"): a
   * start form's or a step's refusal staff read under the form whatever their language.
   */
  public static InvalidEntryException bilingual(
      org.springframework.context.MessageSource messages,
      String field,
      String code,
      Object... args) {
    return new InvalidEntryException(
        field,
        messages.getMessage(code, args, code, java.util.Locale.CHINESE)
            + " / "
            + messages.getMessage(code, args, code, java.util.Locale.ENGLISH));
  }

  public String field() {
    return getDetail();
  }
}
