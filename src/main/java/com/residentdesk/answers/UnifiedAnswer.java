package com.residentdesk.answers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of the unified answer (统一口径) to a topic (CHA-04): a property's own, or, without a
 * property, the company's, which every property uses until it approves its own.
 */
@Entity
@Table(name = "unified_answer")
public class UnifiedAnswer {

  public enum Status {
    APPROVED,
    SUPERSEDED,
    RETIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;
  private String topic;
  private int version;
  private String answerText;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String approvedBy;
  private Instant approvedAt;
  private Instant endedAt;

  protected UnifiedAnswer() {}

  UnifiedAnswer(
      String propertyCode,
      String topic,
      int version,
      String answerText,
      String approvedBy,
      Instant approvedAt) {
    this.propertyCode = propertyCode;
    this.topic = topic;
    this.version = version;
    this.answerText = answerText;
    this.status = Status.APPROVED;
    this.approvedBy = approvedBy;
    this.approvedAt = approvedAt;
  }

  void end(Status status, Instant at) {
    this.status = status;
    this.endedAt = at;
  }

  public Long getId() {
    return id;
  }

  /** The property whose answer this is; null for the company's. */
  public String getPropertyCode() {
    return propertyCode;
  }

  public String getTopic() {
    return topic;
  }

  public int getVersion() {
    return version;
  }

  public String getAnswerText() {
    return answerText;
  }

  public Status getStatus() {
    return status;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
