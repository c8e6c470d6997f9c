package com.residentdesk.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One hold on a case's running deadlines: why (waiting for the resident, for parts or for an
 * outside body), who put it on and took it off, and when the centre expects to carry on.
 */
@Entity
@Table(name = "deadline_pause")
public class DeadlinePause {

  /** Why the centre waits: the resident, parts, an outside body (a utility, the police, ...). */
  public static final java.util.List<String> REASONS =
      java.util.List.of("resident", "parts", "outside-body");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private String reason;
  private String note;
  private Instant pausedAt;
  private String pausedBy;
  private Instant expectedResumeAt;
  private Instant resumedAt;
  private String resumedBy;
  private Instant limitReachedAt;

  protected DeadlinePause() {}

  DeadlinePause(
      Long caseId,
      String reason,
      String note,
      Instant pausedAt,
      String pausedBy,
      Instant expectedResumeAt) {
    this.caseId = caseId;
    this.reason = reason;
    this.note = note;
    this.pausedAt = pausedAt;
    this.pausedBy = pausedBy;
    this.expectedResumeAt = expectedResumeAt;
  }

  void resume(Instant at, String by) {
    resumedAt = at;
    resumedBy = by;
  }

  /**
   * @return false when the limit was already recorded (a retried timer job)
   */
  boolean limitReached(Instant at) {
    if (limitReachedAt != null) {
      return false;
    }
    limitReachedAt = at;
    return true;
  }

  public boolean isOn() {
    return resumedAt == null;
  }

  /** How long it lasted, or has lasted until {@code now}. */
  public Duration held(Instant now) {
    return Duration.between(pausedAt, resumedAt == null ? now : resumedAt);
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getReason() {
    return reason;
  }

  public String getNote() {
    return note;
  }

  public Instant getPausedAt() {
    return pausedAt;
  }

  public String getPausedBy() {
    return pausedBy;
  }

  public Instant getExpectedResumeAt() {
    return expectedResumeAt;
  }

  public Instant getResumedAt() {
    return resumedAt;
  }

  public String getResumedBy() {
    return resumedBy;
  }

  public Instant getLimitReachedAt() {
    return limitReachedAt;
  }
}
