package com.residentdesk.notification;

import com.residentdesk.system.DeskClock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a message in the outbox inside the caller's transaction, so the message exists exactly when
 * the process step that caused it committed. The dedupe key makes a retried step idempotent.
 */
@Component
public class Outbox {

  private final OutboxRepository messages;
  private final DeskClock clock;

  public Outbox(OutboxRepository messages, DeskClock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public OutboxMessage enqueue(
      String dedupeKey,
      Long caseId,
      MessagePurpose purpose,
      String recipient,
      String subject,
      String body) {
    return once(
        dedupeKey,
        () -> new OutboxMessage(dedupeKey, caseId, purpose, recipient, subject, body, clock.now()));
  }

  /** A text message to a resident's phone, sent through the {@link SmsGateway}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboxMessage enqueueSms(
      String dedupeKey, Long caseId, MessagePurpose purpose, String phone, String text) {
    return once(
        dedupeKey,
        () ->
            new OutboxMessage(
                dedupeKey,
                caseId,
                purpose,
                OutboxMessage.Channel.SMS,
                phone,
                "SMS",
                text,
                clock.now()));
  }

  private OutboxMessage once(String dedupeKey, Supplier<OutboxMessage> message) {
    return messages.findByDedupeKey(dedupeKey).orElseGet(() -> messages.save(message.get()));
  }
}
