package com.residentdesk.specialservice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** SVC-15: one visit ticked off on the household's confirmation sheet (居家服务确认表). */
@Entity
@Table(name = "special_service_agreement_visit")
public class AgreementVisit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long agreementId;
  private Instant visitedAt;
  private String recordedBy;
  private Instant recordedAt;
  private String note;

  protected AgreementVisit() {}

  AgreementVisit(Long agreementId, Instant visitedAt, String recordedBy, Instant at, String note) {
    this.agreementId = agreementId;
    this.visitedAt = visitedAt;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public Instant getVisitedAt() {
    return visitedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getNote() {
    return note;
  }
}
