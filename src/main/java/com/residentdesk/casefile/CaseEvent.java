package com.residentdesk.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the case's handling sheet (处理单, HLP-05): who did what, when. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private Instant occurredAt;
  private String actor;
  private String step;
  private String title;

  /** The column's width (varchar 4000). */
  public static final int DETAILS_LENGTH = 4000;

  private String details;
  private String ruleId;

  protected CaseEvent() {}

  public CaseEvent(
      Long caseId,
      Instant occurredAt,
      String actor,
      String step,
      String title,
      String details,
      String ruleId) {
    this.caseId = caseId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.step = step;
    this.title = title;
    this.details = details;
    this.ruleId = ruleId;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getStep() {
    return step;
  }

  public String getTitle() {
    return title;
  }

  public String getDetails() {
    return details;
  }

  public String getRuleId() {
    return ruleId;
  }
}
