package com.residentdesk.specialservice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The booking of one special-service case (SVC-01, SVC-04, SVC-07, SVC-13, SVC-14, SVC-16): the
 * service as quoted (copied from the catalogue, so a later catalogue change never alters it), the
 * appointment, the resident's acceptance of content and price, the arrival, the handling record
 * with its charge, and a nonconformity when the resident was not satisfied.
 */
@Entity
@Table(name = "special_service_booking")
public class Booking {

  /** SVC-01: arriving more than this early is a punctuality miss. */
  public static final Duration EARLIEST = Duration.ofMinutes(5);

  /** SVC-01: arriving more than this late is a punctuality miss. */
  public static final Duration LATEST = Duration.ofMinutes(2);

  /** SVC-06: the service code of a booking outside the catalogue. */
  public static final String OUTSIDE_CATALOGUE = "OTHER";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private String serviceCode;
  private String serviceNameZh;
  private String serviceNameEn;
  private String kind;
  private String serviceClass;
  private BigDecimal unitPrice;
  private String unit;
  private String deliveringGroup;
  private boolean risky;
  private BigDecimal quantity;
  private BigDecimal quotedPrice;
  private String priceOverrideReason;
  private Instant appointmentAt;
  private String requirements;
  private Instant bookedAt;
  private String bookedBy;
  private Instant riskAssessedAt;
  private String riskAssessedBy;
  private Boolean riskApproved;
  private String riskAssessment;
  private Instant acceptanceRecordedAt;
  private String acceptanceRecordedBy;
  private Boolean accepted;
  private String acceptedByResident;
  private String acceptanceMethod;
  private String acceptanceNote;
  private Instant arrivedAt;
  private String arrivalRecordedBy;
  private Integer arrivalOffsetMinutes;
  private Boolean punctualityMissed;
  private Boolean explainedContent;
  private Boolean valuablesConsent;
  private Boolean intercomOnly;
  private Integer timeSpentMinutes;
  private BigDecimal deliveredQuantity;
  private String materials;
  private BigDecimal charge;
  private String payment;
  private Boolean satisfied;
  private Instant handledAt;
  private String handledBy;
  private String nonconformityCause;
  private String correctiveAction;
  private String correctiveOwner;
  private LocalDate correctiveDeadline;
  private String verification;
  private Instant closedAt;
  private boolean outsideCatalogue;
  private Boolean headApproved;
  private String headDecision;
  private String headDecidedBy;
  private Instant headDecidedAt;

  protected Booking() {}

  /** A quote of a catalogue service: its terms are copied, never read again from the catalogue. */
  Booking(
      Long caseId,
      CatalogueEntry service,
      BigDecimal quantity,
      BigDecimal quotedPrice,
      String priceOverrideReason,
      Instant appointmentAt,
      String requirements,
      String bookedBy,
      Instant bookedAt) {
    this.caseId = caseId;
    this.serviceCode = service.getCode();
    this.serviceNameZh = service.getNameZh();
    this.serviceNameEn = service.getNameEn();
    this.kind = service.getKind();
    this.serviceClass = service.getServiceClass();
    this.unitPrice = service.getUnitPrice();
    this.unit = service.getUnit();
    this.deliveringGroup = service.getDeliveringGroup();
    this.risky = service.isRisky();
    this.quantity = quantity;
    this.quotedPrice = quotedPrice;
    this.priceOverrideReason = priceOverrideReason;
    this.appointmentAt = appointmentAt;
    this.requirements = requirements;
    this.bookedBy = bookedBy;
    this.bookedAt = bookedAt;
  }

  /**
   * SVC-06: a service outside the catalogue, in the resident's words, at the price quoted (no
   * catalogue price to check it against). The department head's approval decides who delivers it
   * and whether it needs a risk assessment.
   */
  static Booking outsideCatalogue(
      Long caseId,
      String serviceName,
      BigDecimal quantity,
      BigDecimal quotedPrice,
      Instant appointmentAt,
      String requirements,
      String bookedBy,
      Instant bookedAt) {
    Booking booking = new Booking();
    booking.caseId = caseId;
    booking.outsideCatalogue = true;
    booking.serviceCode = OUTSIDE_CATALOGUE;
    booking.serviceNameZh = serviceName;
    booking.serviceNameEn = serviceName;
    booking.kind = "hourly";
    booking.serviceClass = "other";
    booking.unit = "visit";
    booking.quantity = quantity;
    booking.unitPrice = quotedPrice.divide(quantity, 2, RoundingMode.HALF_UP);
    booking.quotedPrice = quotedPrice;
    booking.appointmentAt = appointmentAt;
    booking.requirements = requirements;
    booking.bookedBy = bookedBy;
    booking.bookedAt = bookedAt;
    return booking;
  }

  /**
   * SVC-06: the department head's decision on a service outside the catalogue: approved, with the
   * group that delivers it and whether it must be assessed for risk first, or refused with the
   * reason.
   */
  void recordHeadDecision(
      boolean approved,
      String decision,
      String deliveringGroup,
      boolean needsRiskAssessment,
      String by,
      Instant at) {
    this.headApproved = approved;
    this.headDecision = decision;
    this.headDecidedBy = by;
    this.headDecidedAt = at;
    if (approved) {
      this.deliveringGroup = deliveringGroup;
      this.risky = needsRiskAssessment;
    }
  }

  /** SVC-06: the business-management department's risk assessment of a risky service. */
  void recordRiskAssessment(boolean approved, String assessment, String by, Instant at) {
    this.riskApproved = approved;
    this.riskAssessment = assessment;
    this.riskAssessedBy = by;
    this.riskAssessedAt = at;
  }

  /** SVC-04: the resident accepted (or declined) content and price: who, when, how. */
  void recordAcceptance(
      boolean accepted, String resident, String method, String note, String by, Instant at) {
    this.accepted = accepted;
    this.acceptedByResident = resident;
    this.acceptanceMethod = method;
    this.acceptanceNote = note;
    this.acceptanceRecordedBy = by;
    this.acceptanceRecordedAt = at;
  }

  /**
   * Work may start only once content and price were accepted (SVC-04) and, for a risky service, the
   * risk assessment approved it (SVC-06).
   */
  public boolean mayStartWork() {
    return Boolean.TRUE.equals(accepted)
        && (!risky || Boolean.TRUE.equals(riskApproved))
        && (!outsideCatalogue || Boolean.TRUE.equals(headApproved));
  }

  /**
   * SVC-01: the arrival, and whether it missed the window (more than 5 minutes early or more than 2
   * minutes late), with the minutes off the appointment: negative early, positive late.
   */
  void recordArrival(Instant at, String by) {
    this.arrivedAt = at;
    this.arrivalRecordedBy = by;
    Duration offset = Duration.between(appointmentAt, at);
    // whole minutes, a started minute counted: 2 min 1 s late is "3 minutes late"
    long seconds = offset.getSeconds();
    this.arrivalOffsetMinutes =
        (int) (seconds >= 0 ? (seconds + 59) / 60 : -((-seconds + 59) / 60));
    this.punctualityMissed =
        offset.compareTo(EARLIEST.negated()) < 0 || offset.compareTo(LATEST) > 0;
  }

  /** SVC-16: the charge for what was delivered, at the quoted rate (quote / quantity quoted). */
  BigDecimal chargeFor(BigDecimal delivered) {
    return quotedPrice.multiply(delivered).divide(quantity, 2, RoundingMode.HALF_UP);
  }

  record Handling(
      boolean explainedContent,
      boolean valuablesConsent,
      boolean intercomOnly,
      int timeSpentMinutes,
      BigDecimal deliveredQuantity,
      String materials,
      String payment,
      boolean satisfied) {}

  void recordHandling(Handling handling, String by, Instant at) {
    this.explainedContent = handling.explainedContent();
    this.valuablesConsent = handling.valuablesConsent();
    this.intercomOnly = handling.intercomOnly();
    this.timeSpentMinutes = handling.timeSpentMinutes();
    this.deliveredQuantity = handling.deliveredQuantity();
    this.materials = handling.materials();
    this.charge = chargeFor(handling.deliveredQuantity());
    this.payment = handling.payment();
    this.satisfied = handling.satisfied();
    this.handledBy = by;
    this.handledAt = at;
  }

  /** SVC-13: the nonconformity of an unsatisfactory service and its correction. */
  void recordNonconformity(
      String cause, String action, String owner, LocalDate deadline, String verification) {
    this.nonconformityCause = cause;
    this.correctiveAction = action;
    this.correctiveOwner = owner;
    this.correctiveDeadline = deadline;
    this.verification = verification;
  }

  void close(Instant at) {
    this.closedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
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

  public String getKind() {
    return kind;
  }

  public String getServiceClass() {
    return serviceClass;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public String getUnit() {
    return unit;
  }

  public String getDeliveringGroup() {
    return deliveringGroup;
  }

  public boolean isRisky() {
    return risky;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getQuotedPrice() {
    return quotedPrice;
  }

  public String getPriceOverrideReason() {
    return priceOverrideReason;
  }

  public Instant getAppointmentAt() {
    return appointmentAt;
  }

  public String getRequirements() {
    return requirements;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public String getBookedBy() {
    return bookedBy;
  }

  public Boolean getRiskApproved() {
    return riskApproved;
  }

  public String getRiskAssessment() {
    return riskAssessment;
  }

  public String getRiskAssessedBy() {
    return riskAssessedBy;
  }

  public Instant getRiskAssessedAt() {
    return riskAssessedAt;
  }

  public Instant getAcceptanceRecordedAt() {
    return acceptanceRecordedAt;
  }

  public String getAcceptanceRecordedBy() {
    return acceptanceRecordedBy;
  }

  public Boolean getAccepted() {
    return accepted;
  }

  public String getAcceptedByResident() {
    return acceptedByResident;
  }

  public String getAcceptanceMethod() {
    return acceptanceMethod;
  }

  public String getAcceptanceNote() {
    return acceptanceNote;
  }

  public Instant getArrivedAt() {
    return arrivedAt;
  }

  public Integer getArrivalOffsetMinutes() {
    return arrivalOffsetMinutes;
  }

  public Boolean getPunctualityMissed() {
    return punctualityMissed;
  }

  public Boolean getExplainedContent() {
    return explainedContent;
  }

  public Boolean getValuablesConsent() {
    return valuablesConsent;
  }

  public Boolean getIntercomOnly() {
    return intercomOnly;
  }

  public Integer getTimeSpentMinutes() {
    return timeSpentMinutes;
  }

  public BigDecimal getDeliveredQuantity() {
    return deliveredQuantity;
  }

  public String getMaterials() {
    return materials;
  }

  public BigDecimal getCharge() {
    return charge;
  }

  public String getPayment() {
    return payment;
  }

  public Boolean getSatisfied() {
    return satisfied;
  }

  public Instant getHandledAt() {
    return handledAt;
  }

  public String getNonconformityCause() {
    return nonconformityCause;
  }

  public String getCorrectiveAction() {
    return correctiveAction;
  }

  public String getCorrectiveOwner() {
    return correctiveOwner;
  }

  public LocalDate getCorrectiveDeadline() {
    return correctiveDeadline;
  }

  public String getVerification() {
    return verification;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public boolean isOutsideCatalogue() {
    return outsideCatalogue;
  }

  public Boolean getHeadApproved() {
    return headApproved;
  }

  public String getHeadDecision() {
    return headDecision;
  }

  public String getHeadDecidedBy() {
    return headDecidedBy;
  }

  public Instant getHeadDecidedAt() {
    return headDecidedAt;
  }
}
