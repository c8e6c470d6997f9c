package com.residentdesk.specialservice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** SVC-16: one change of the catalogue, kept for good: who, when, why, before and after. */
@Entity
@Table(name = "special_service_change")
public class CatalogueChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String scope;
  private String code;
  private Instant changedAt;
  private String changedBy;
  private String reason;
  private String beforeEntry;
  private String afterEntry;

  protected CatalogueChange() {}

  CatalogueChange(
      String scope,
      String code,
      Instant changedAt,
      String changedBy,
      String reason,
      String beforeEntry,
      String afterEntry) {
    this.scope = scope;
    this.code = code;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.reason = reason;
    this.beforeEntry = beforeEntry;
    this.afterEntry = afterEntry;
  }

  public String getScope() {
    return scope;
  }

  public String getCode() {
    return code;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public String getReason() {
    return reason;
  }

  public String getBeforeEntry() {
    return beforeEntry;
  }

  public String getAfterEntry() {
    return afterEntry;
  }
}
