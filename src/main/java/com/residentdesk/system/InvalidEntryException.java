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

  public String field() {
    return getDetail();
  }
}
