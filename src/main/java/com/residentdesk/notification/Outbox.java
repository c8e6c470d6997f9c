package com.residentdesk.notification;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.TransactionScoped;
import java.util.HashSet;
import java.util.Set;
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
  private final CaseFiles caseFiles;

  /** The key under which a transaction keeps the dedupe keys it enqueued. */
  private static final Object ENQUEUED_NOW = new Object();

  public Outbox(OutboxRepository messages, DeskClock clock, CaseFiles caseFiles) {
    this.messages = messages;
    this.clock = clock;
    this.caseFiles = caseFiles;
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
        caseId,
        () -> new OutboxMessage(dedupeKey, caseId, purpose, recipient, subject, body, clock.now()));
  }

  /** A text message to a resident's phone, sent through the {@link SmsGateway}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboxMessage enqueueSms(
      String dedupeKey, Long caseId, MessagePurpose purpose, String phone, String text) {
    return once(
        dedupeKey,
        caseId,
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

  /** The key under which a transaction keeps the key prefixes its caller vouched are new. */
  private static final Object NEW_KEYS = new Object();

  /**
   * The caller vouches that no message whose dedupe key starts with {@code keyPrefix} can exist
   * before this transaction: the keys name something this transaction brought about for the first
   * time (a breach recorded just now, whose record happens once). Messages enqueued under such keys
   * in this transaction are stored without the dedupe look-up (issue 15: one statement per breach
   * message); a second one under the same key is still found, and the key's unique constraint
   * refuses a duplicate should the vouching ever be wrong.
   */
  public void keysAreNew(String keyPrefix) {
    TransactionScoped.<Set<String>>get(NEW_KEYS, HashSet::new)
        .ifPresent(prefixes -> prefixes.add(keyPrefix));
  }

  /**
   * The message of the key, once. A key naming a case this transaction registered ("ack-42" of case
   * 42) cannot be in the database unless this transaction put it there, nor can a key the caller
   * vouched for ({@link #keysAreNew}): no look-up (issue 15).
   */
  private OutboxMessage once(String dedupeKey, Long caseId, Supplier<OutboxMessage> message) {
    Set<String> enqueued =
        TransactionScoped.<Set<String>>get(ENQUEUED_NOW, HashSet::new).orElseGet(HashSet::new);
    boolean vouched =
        TransactionScoped.<Set<String>>find(NEW_KEYS)
            .map(prefixes -> prefixes.stream().anyMatch(dedupeKey::startsWith))
            .orElse(false);
    boolean unseen =
        (vouched
                || caseFiles.registeredInThisTransaction(caseId)
                    && dedupeKey.endsWith("-" + caseId))
            && !enqueued.contains(dedupeKey);
    enqueued.add(dedupeKey);
    if (unseen) {
      return messages.save(message.get());
    }
    return messages.findByDedupeKey(dedupeKey).orElseGet(() -> messages.save(message.get()));
  }
}
