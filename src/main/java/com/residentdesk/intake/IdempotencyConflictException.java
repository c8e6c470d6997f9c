package com.residentdesk.intake;

/** The same Idempotency-Key was sent again with a different request body. */
public class IdempotencyConflictException extends RuntimeException {

  public IdempotencyConflictException() {
    super("This Idempotency-Key was already used for a different request");
  }
}
