package com.residentdesk.governance;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.property.PropertyTenancy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * A procedure the desk runs (a process or decision definition, company-wide or of one property)
 * with when it last changed and was last reviewed, and when its next review is due (GOV-02: one
 * review interval after the later of the two).
 */
@Entity
@Table(name = "governed_procedure")
public class GovernedProcedure {

  public enum Kind {
    PROCESS,
    DECISION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String procedureRef;
  private String tenantId;
  private String procedureKey;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String name;
  private Instant lastChangedAt;
  private Long lastChangeId;
  private Instant lastReviewedAt;
  private Instant reviewDueAt;

  protected GovernedProcedure() {}

  GovernedProcedure(String tenantId, String procedureKey, Kind kind, String name) {
    this.procedureRef = ref(tenantId, procedureKey);
    this.tenantId = tenantId;
    this.procedureKey = procedureKey;
    this.kind = kind;
    this.name = name;
  }

  /**
   * Where the approval or review of a procedure runs: a company-wide procedure's instance has no
   * tenant (every centre manager sees it), a property's variant's belongs to that property.
   */
  static ProcessVariable.Value tenancy(String tenantId) {
    return tenantId == null
        ? PropertyTenancy.COMPANY_WIDE.of(true)
        : CaseVariables.PROPERTY.of(tenantId);
  }

  /** "triage" company-wide, "north-park/triage" for a property's own version. */
  static String ref(String tenantId, String key) {
    return tenantId == null ? key : tenantId + "/" + key;
  }

  void changed(Long changeId, String name, Instant at, Period interval, ZoneId zone) {
    this.lastChangeId = changeId;
    this.lastChangedAt = at;
    if (name != null) {
      this.name = name;
    }
    dueAfter(interval, zone);
  }

  void reviewed(Instant at, Period interval, ZoneId zone) {
    this.lastReviewedAt = at;
    dueAfter(interval, zone);
  }

  private void dueAfter(Period interval, ZoneId zone) {
    Instant from =
        lastReviewedAt != null && lastReviewedAt.isAfter(lastChangedAt)
            ? lastReviewedAt
            : lastChangedAt;
    this.reviewDueAt = from.atZone(zone).plus(interval).toInstant();
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

  public Kind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public Instant getLastChangedAt() {
    return lastChangedAt;
  }

  public Long getLastChangeId() {
    return lastChangeId;
  }

  public Instant getLastReviewedAt() {
    return lastReviewedAt;
  }

  public Instant getReviewDueAt() {
    return reviewDueAt;
  }
}
