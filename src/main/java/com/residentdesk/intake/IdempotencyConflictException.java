package com.residentdesk.intake;

import com.residentdesk.system.UnprocessableException;

/** The same Idempotency-Key was sent again with a different request body: a 422 naming the key. */
public class IdempotencyConflictException extends UnprocessableException {

  public IdempotencyConflictException() {
    super(CaseController.IDEMPOTENCY_KEY, "problem.idempotency-key.reused");
  }
}
