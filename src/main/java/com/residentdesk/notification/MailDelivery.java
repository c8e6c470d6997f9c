package com.residentdesk.notification;

/**
 * One delivery attempt of an outbox message, published in the transaction that records it: {@code
 * error} is the exception's type when the SMTP server refused or could not be reached, else null.
 * The recipient is left out on purpose (personal data); {@code nextAttemptAt} is set on a failure.
 */
public record MailDelivery(
    Long messageId,
    Long caseId,
    MessagePurpose purpose,
    int attempt,
    String error,
    java.time.Instant nextAttemptAt) {

  static MailDelivery of(OutboxMessage message, String error) {
    return new MailDelivery(
        message.getId(),
        message.getCaseId(),
        message.getPurpose(),
        message.getAttempts(),
        error,
        error == null ? null : message.getNextAttemptAt());
  }

  public boolean failed() {
    return error != null;
  }
}
