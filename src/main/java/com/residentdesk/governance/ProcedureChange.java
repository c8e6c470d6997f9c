package com.residentdesk.governance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
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
import java.util.Arrays;
import java.util.List;

/**
 * One change to the procedures (GOV-01): who proposed it and why, what changed (computed from the
 * files), who approved or rejected it, when and why, and the deployment that put it into effect. A
 * release's models are recorded the same way, approved by the release itself.
 */
@Entity
@Table(name = "procedure_change")
public class ProcedureChange {

  public enum Origin {
    /** Deployed by a process owner from Camunda Modeler. */
    MODELER,
    /** Shipped with a release of the service desk and deployed at start-up. */
    RELEASE
  }

  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  /** Who approves what a release ships. */
  public static final String RELEASE_APPROVER = "release";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String tenantId;

  @Enumerated(EnumType.STRING)
  private Origin origin;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String reason;

  /** The keys of the procedures it changes, separated by spaces. */
  private String procedures;

  private String proposedBy;
  private Instant proposedAt;
  private String decidedBy;
  private Instant decidedAt;
  private String decisionNote;

  @Convert(converter = JsonColumn.Changes.class)
  private List<Change> changes;

  private String baseDeploymentIds;
  private String deploymentId;

  @Convert(converter = JsonColumn.MigrationChecks.class)
  private List<ProcedureDeployments.MigrationCheck> migrationCheck;

  private boolean migrateCases;
  private String migrationResult;
  private String processInstanceId;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
  @JoinColumn(name = "change_id", nullable = false)
  @OrderBy("id")
  private List<ProcedureChangeFile> files = new ArrayList<>();

  protected ProcedureChange() {}

  ProcedureChange(
      String tenantId,
      Origin origin,
      String reason,
      List<String> procedures,
      String proposedBy,
      Instant proposedAt,
      List<Change> changes,
      List<String> baseDeploymentIds) {
    this.tenantId = tenantId;
    this.origin = origin;
    this.status = Status.PENDING;
    this.reason = reason;
    this.procedures = String.join(" ", procedures);
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.changes = List.copyOf(changes);
    this.baseDeploymentIds = String.join(" ", baseDeploymentIds);
  }

  void addFile(ProcedureChangeFile file) {
    files.add(file);
  }

  void checked(List<ProcedureDeployments.MigrationCheck> checks) {
    this.migrationCheck = List.copyOf(checks);
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void approve(String by, Instant at, String note, boolean migrate) {
    this.status = Status.APPROVED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
    this.migrateCases = migrate;
  }

  void reject(String by, Instant at, String note) {
    this.status = Status.REJECTED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
  }

  void deployed(String deploymentId) {
    this.deploymentId = deploymentId;
  }

  void migrated(String result) {
    this.migrationResult = result;
  }

  public Long getId() {
    return id;
  }

  public String getTenantId() {
    return tenantId;
  }

  public Origin getOrigin() {
    return origin;
  }

  public Status getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public List<String> getProcedures() {
    return procedures == null || procedures.isBlank()
        ? List.of()
        : Arrays.asList(procedures.split(" "));
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public List<Change> getChanges() {
    return changes == null ? List.of() : changes;
  }

  public List<String> getBaseDeploymentIds() {
    return baseDeploymentIds == null || baseDeploymentIds.isBlank()
        ? List.of()
        : Arrays.asList(baseDeploymentIds.split(" "));
  }

  public String getDeploymentId() {
    return deploymentId;
  }

  public List<ProcedureDeployments.MigrationCheck> getMigrationCheck() {
    return migrationCheck == null ? List.of() : migrationCheck;
  }

  public boolean isMigrateCases() {
    return migrateCases;
  }

  public String getMigrationResult() {
    return migrationResult;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<ProcedureChangeFile> getFiles() {
    return files;
  }
}
