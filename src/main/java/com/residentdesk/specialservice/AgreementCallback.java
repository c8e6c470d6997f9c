package com.residentdesk.specialservice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** SVC-11: the quarterly on-site callback of an agreement customer. */
@Entity
@Table(name = "special_service_agreement_callback")
public class AgreementCallback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long agreementId;
  private Instant calledAt;
  private String calledBy;
  private boolean satisfied;
  private String note;

  protected AgreementCallback() {}

  AgreementCallback(
      Long agreementId, Instant calledAt, String calledBy, boolean satisfied, String note) {
    this.agreementId = agreementId;
    this.calledAt = calledAt;
    this.calledBy = calledBy;
    this.satisfied = satisfied;
    this.note = note;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public Instant getCalledAt() {
    return calledAt;
  }

  public String getCalledBy() {
    return calledBy;
  }

  public boolean isSatisfied() {
    return satisfied;
  }

  public String getNote() {
    return note;
  }
}
