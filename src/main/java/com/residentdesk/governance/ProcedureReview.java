package com.residentdesk.governance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One yearly review of a procedure (GOV-02): when it was due, the views of the front desk,
 * engineering and administration, the centre manager's result and notes, and what the process owner
 * did when a change was needed.
 */
@Entity
@Table(name = "procedure_review")
public class ProcedureReview {

  public enum Result {
    NO_CHANGE,
    CHANGE_NEEDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String procedureRef;
  private String tenantId;
  private String procedureKey;
  private Instant dueAt;
  private Instant openedAt;
  private String reviewedBy;
  private Instant reviewedAt;

  @Enumerated(EnumType.STRING)
  private Result result;

  private String notes;
  private String revisedBy;
  private Instant revisedAt;
  private String revisionNote;
  private String processInstanceId;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
  @JoinColumn(name = "review_id", nullable = false)
  @OrderBy("id")
  private List<ReviewView> views = new ArrayList<>();

  protected ProcedureReview() {}

  ProcedureReview(GovernedProcedure procedure, Instant openedAt, String processInstanceId) {
    this.procedureRef = procedure.getProcedureRef();
    this.tenantId = procedure.getTenantId();
    this.procedureKey = procedure.getProcedureKey();
    this.dueAt = procedure.getReviewDueAt();
    this.openedAt = openedAt;
    this.processInstanceId = processInstanceId;
  }

  void addView(ReviewView view) {
    views.add(view);
  }

  void conclude(String by, Instant at, Result result, String notes) {
    this.reviewedBy = by;
    this.reviewedAt = at;
    this.result = result;
    this.notes = notes;
  }

  void revised(String by, Instant at, String note) {
    this.revisedBy = by;
    this.revisedAt = at;
    this.revisionNote = note;
  }

  public Long getId() {
    return id;
  }

  public String getProcedureRef() {
    return procedureRef;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getProcedureKey() {
    return procedureKey;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public Result getResult() {
    return result;
  }

  public String getNotes() {
    return notes;
  }

  public String getRevisedBy() {
    return revisedBy;
  }

  public Instant getRevisedAt() {
    return revisedAt;
  }

  public String getRevisionNote() {
    return revisionNote;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<ReviewView> getViews() {
    return views;
  }
}
