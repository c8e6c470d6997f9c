package com.residentdesk.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A message (an e-mail, or a resident's SMS) waiting to be sent or already sent. Written in the
 * transaction that causes it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  public enum Status {
    PENDING,
    SENT
  }

  /** How the message travels: the recipient is an e-mail address or a phone number. */
  public enum Channel {
    EMAIL,
    SMS
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String dedupeKey;
  private Long caseId;

  @Enumerated(EnumType.STRING)
  private MessagePurpose purpose;

  @Enumerated(EnumType.STRING)
  private Channel channel = Channel.EMAIL;

  private String recipient;
  private String subject;
  private String body;

  @Enumerated(EnumType.STRING)
  private Status status;

  private int attempts;
  private Instant nextAttemptAt;
  private String lastError;
  private Instant createdAt;
  private Instant sentAt;

  protected OutboxMessage() {}

  OutboxMessage(
      String dedupeKey,
      Long caseId,
      MessagePurpose purpose,
      String recipient,
      String subject,
      String body,
      Instant createdAt) {
    this(dedupeKey, caseId, purpose, Channel.EMAIL, recipient, subject, body, createdAt);
  }

  OutboxMessage(
      String dedupeKey,
      Long caseId,
      MessagePurpose purpose,
      Channel channel,
      String recipient,
      String subject,
      String body,
      Instant createdAt) {
    this.channel = channel;
    this.dedupeKey = dedupeKey;
    this.caseId = caseId;
    this.purpose = purpose;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.status = Status.PENDING;
    this.createdAt = createdAt;
    this.nextAttemptAt = createdAt;
  }

  void markSent(Instant at) {
    status = Status.SENT;
    sentAt = at;
    attempts++;
    lastError = null;
  }

  /** Never given up: a message is retried with capped exponential back-off until it is sent. */
  void markFailed(Instant at, String error, Duration base, Duration max) {
    attempts++;
    lastError = error;
    Duration backoff = base.multipliedBy(1L << Math.min(attempts - 1, 16));
    nextAttemptAt = at.plus(backoff.compareTo(max) > 0 ? max : backoff);
  }

  public Long getId() {
    return id;
  }

  public String getDedupeKey() {
    return dedupeKey;
  }

  public Long getCaseId() {
    return caseId;
  }

  public MessagePurpose getPurpose() {
    return purpose;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
