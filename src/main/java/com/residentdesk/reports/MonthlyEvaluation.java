package com.residentdesk.reports;

import com.residentdesk.casefile.EscalationRecord;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One property's evaluation of one month (QA-01, QA-07, CMP-08): the figures and recurring problems
 * as they stood when it was opened, the customer-service head's analysis, the centre manager's
 * approval, and when it was filed and until when it is kept (QA-06).
 */
@Entity
@Table(name = "monthly_evaluation")
public class MonthlyEvaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;
  private String evaluatedMonth;
  private Instant openedAt;
  private Instant dueAt;
  private String figures;
  private String recurringProblems;
  private String analysis;
  private String preventiveMeasures;
  private String writtenBy;
  private Instant writtenAt;
  private String approvedBy;
  private Instant approvedAt;
  private String approvalNote;
  private int revisions;
  private String chaseNote;
  @Embedded private EscalationRecord escalation = new EscalationRecord();
  private Instant filedAt;
  private LocalDate keepUntil;

  protected MonthlyEvaluation() {}

  MonthlyEvaluation(
      String propertyCode,
      String evaluatedMonth,
      Instant openedAt,
      Instant dueAt,
      String figures,
      String recurringProblems) {
    this.propertyCode = propertyCode;
    this.evaluatedMonth = evaluatedMonth;
    this.openedAt = openedAt;
    this.dueAt = dueAt;
    this.figures = figures;
    this.recurringProblems = recurringProblems;
  }

  void write(String analysis, String preventiveMeasures, String by, Instant at) {
    this.analysis = analysis;
    this.preventiveMeasures = preventiveMeasures;
    this.writtenBy = by;
    this.writtenAt = at;
  }

  void decide(boolean approve, String note, String by, Instant at) {
    this.approvalNote = note;
    if (approve) {
      this.approvedBy = by;
      this.approvedAt = at;
    } else {
      this.revisions++;
    }
  }

  /** QA-01: the analysis is late (again): recorded each time the escalation fires. */
  void escalated(Instant at) {
    escalation.record(at);
  }

  public int getEscalations() {
    return escalation.getEscalations();
  }

  public Instant getLastEscalatedAt() {
    return escalation.getLastEscalatedAt();
  }

  /** Every follow-up is kept, the latest last (the analysis may be chased more than once). */
  void chased(String note) {
    String all = chaseNote == null ? note : chaseNote + "\n" + note;
    this.chaseNote = all.length() > MAX_NOTE ? all.substring(all.length() - MAX_NOTE) : all;
  }

  private static final int MAX_NOTE = 2000;

  void file(Instant at, LocalDate keepUntil) {
    this.filedAt = at;
    this.keepUntil = keepUntil;
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getEvaluatedMonth() {
    return evaluatedMonth;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getFigures() {
    return figures;
  }

  public String getRecurringProblems() {
    return recurringProblems;
  }

  public String getAnalysis() {
    return analysis;
  }

  public String getPreventiveMeasures() {
    return preventiveMeasures;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public String getApprovalNote() {
    return approvalNote;
  }

  public int getRevisions() {
    return revisions;
  }

  public String getChaseNote() {
    return chaseNote;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public LocalDate getKeepUntil() {
    return keepUntil;
  }
}
