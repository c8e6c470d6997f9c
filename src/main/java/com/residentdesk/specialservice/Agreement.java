package com.residentdesk.specialservice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A long-term special-service agreement (特约服务协议书, SVC-08, SVC-11, SVC-15): the service as the
 * catalogue priced it when the terms were confirmed, the period, the schedule, the visits agreed,
 * the dedicated staff and the price; the department head's approval, the signature, and an early
 * stop by the centre only after written notice to the resident.
 */
@Entity
@Table(name = "special_service_agreement")
public class Agreement {

  /** What a clerk confirms with the resident before the head approves (SVC-08). */
  public record Terms(
      String serviceCode,
      LocalDate periodStart,
      LocalDate periodEnd,
      String schedule,
      int visitsAgreed,
      String dedicatedStaff,
      BigDecimal agreedPrice,
      String priceBasis) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private String propertyCode;
  private String serviceCode;
  private String serviceNameZh;
  private String serviceNameEn;
  private BigDecimal unitPrice;
  private String unit;
  private BigDecimal agreedPrice;
  private String priceBasis;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String schedule;
  private int visitsAgreed;
  private String dedicatedStaff;
  private String termsConfirmedBy;
  private Instant termsConfirmedAt;
  private Boolean approved;
  private String approvalNote;
  private String approvedBy;
  private Instant approvedAt;
  private LocalDate signedOn;
  private String signedByResident;
  private String stopNotice;
  private Instant stopNoticeAt;
  private String stopNoticeBy;
  private LocalDate stopOn;
  private Instant stoppedAt;
  private Instant closedAt;

  protected Agreement() {}

  Agreement(
      Long caseId,
      String propertyCode,
      CatalogueEntry service,
      Terms terms,
      String confirmedBy,
      Instant confirmedAt) {
    this.caseId = caseId;
    this.propertyCode = propertyCode;
    this.serviceCode = service.getCode();
    this.serviceNameZh = service.getNameZh();
    this.serviceNameEn = service.getNameEn();
    this.unitPrice = service.getUnitPrice();
    this.unit = service.getUnit();
    this.agreedPrice = terms.agreedPrice();
    this.priceBasis = terms.priceBasis();
    this.periodStart = terms.periodStart();
    this.periodEnd = terms.periodEnd();
    this.schedule = terms.schedule();
    this.visitsAgreed = terms.visitsAgreed();
    this.dedicatedStaff = terms.dedicatedStaff();
    this.termsConfirmedBy = confirmedBy;
    this.termsConfirmedAt = confirmedAt;
  }

  void recordApproval(boolean approved, String note, String by, Instant at) {
    this.approved = approved;
    this.approvalNote = note;
    this.approvedBy = by;
    this.approvedAt = at;
  }

  void recordSignature(LocalDate on, String resident) {
    this.signedOn = on;
    this.signedByResident = resident;
  }

  /** SVC-08: the written notice of an early stop, recorded before the stop. */
  void recordStopNotice(String notice, LocalDate stopOn, String by, Instant at) {
    this.stopNotice = notice;
    this.stopOn = stopOn;
    this.stopNoticeBy = by;
    this.stopNoticeAt = at;
  }

  void recordStop(Instant at) {
    this.stoppedAt = at;
  }

  void close(Instant at) {
    this.closedAt = at;
  }

  /** proposed, refused, signed, noticed (to stop early), stopped, ended. */
  public String status() {
    if (Boolean.FALSE.equals(approved)) {
      return "refused";
    }
    if (stoppedAt != null) {
      return "stopped";
    }
    if (closedAt != null) {
      return signedOn == null ? "refused" : "ended";
    }
    if (stopNoticeAt != null) {
      return "noticed";
    }
    return signedOn != null ? "signed" : Boolean.TRUE.equals(approved) ? "approved" : "proposed";
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public String getServiceNameZh() {
    return serviceNameZh;
  }

  public String getServiceNameEn() {
    return serviceNameEn;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getAgreedPrice() {
    return agreedPrice;
  }

  public String getPriceBasis() {
    return priceBasis;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public String getSchedule() {
    return schedule;
  }

  public int getVisitsAgreed() {
    return visitsAgreed;
  }

  public String getDedicatedStaff() {
    return dedicatedStaff;
  }

  public String getTermsConfirmedBy() {
    return termsConfirmedBy;
  }

  public Instant getTermsConfirmedAt() {
    return termsConfirmedAt;
  }

  public Boolean getApproved() {
    return approved;
  }

  public String getApprovalNote() {
    return approvalNote;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public String getSignedByResident() {
    return signedByResident;
  }

  public String getStopNotice() {
    return stopNotice;
  }

  public Instant getStopNoticeAt() {
    return stopNoticeAt;
  }

  public String getStopNoticeBy() {
    return stopNoticeBy;
  }

  public LocalDate getStopOn() {
    return stopOn;
  }

  public Instant getStoppedAt() {
    return stoppedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
