package com.residentdesk.survey;

import com.residentdesk.casefile.EscalationRecord;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A corrective action (QA-05, QA-08, SVC-12): what is to be corrected, by which group, by when;
 * what was done, the quality department's verification, and the residents' callback.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction {

  /** Where the action came from: a survey's result, an owners' forum, a supervision. */
  public enum Source {
    SURVEY,
    FORUM,
    SUPERVISION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;

  @Enumerated(EnumType.STRING)
  private Source source;

  private Long sourceId;
  private String service;
  private String description;
  private String ownerGroup;
  private Instant dueAt;
  private Instant raisedAt;
  private String doneNote;
  private String doneBy;
  private Instant doneAt;
  private Instant escalatedAt;
  private String verifiedBy;
  private Instant verifiedAt;
  private String verification;
  private int rework;
  private String callbackNote;
  private Instant calledBackAt;
  private String chaseNote;
  @Embedded private EscalationRecord escalation = new EscalationRecord();

  protected CorrectiveAction() {}

  CorrectiveAction(
      String propertyCode,
      Source source,
      Long sourceId,
      String service,
      String description,
      String ownerGroup,
      Instant dueAt,
      Instant raisedAt) {
    this.propertyCode = propertyCode;
    this.source = source;
    this.sourceId = sourceId;
    this.service = service;
    this.description = description;
    this.ownerGroup = ownerGroup;
    this.dueAt = dueAt;
    this.raisedAt = raisedAt;
  }

  void done(String note, String by, Instant at) {
    this.doneNote = note;
    this.doneBy = by;
    this.doneAt = at;
  }

  /** QA-05: the deadline passed (again) and the action is not done: recorded each time. */
  void escalated(Instant at) {
    if (escalatedAt == null) {
      this.escalatedAt = at;
    }
    escalation.record(at);
  }

  public int getEscalations() {
    return escalation.getEscalations();
  }

  public Instant getLastEscalatedAt() {
    return escalation.getLastEscalatedAt();
  }

  void chased(String note, Instant at) {
    if (escalatedAt == null) {
      this.escalatedAt = at;
    }
    this.chaseNote = chaseNote == null ? note : chaseNote + "\n" + note;
  }

  void verified(boolean effective, String note, String by, Instant at) {
    this.verification = note;
    this.verifiedBy = by;
    if (effective) {
      this.verifiedAt = at;
    } else {
      this.rework++;
      this.doneAt = null;
    }
  }

  void calledBack(String note, Instant at) {
    this.callbackNote = note;
    this.calledBackAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public Source getSource() {
    return source;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public String getService() {
    return service;
  }

  public String getDescription() {
    return description;
  }

  public String getOwnerGroup() {
    return ownerGroup;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public String getDoneNote() {
    return doneNote;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public String getVerification() {
    return verification;
  }

  public int getRework() {
    return rework;
  }

  public String getCallbackNote() {
    return callbackNote;
  }

  public String getChaseNote() {
    return chaseNote;
  }

  public Instant getCalledBackAt() {
    return calledBackAt;
  }
}
