package com.residentdesk.casefile;

import com.residentdesk.system.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A resident's request and everything recorded about it (INT-02). The process instance holds only
 * this entity's id, routing flags and outcomes; the business data lives here.
 */
@Entity
@Table(name = "service_case")
public class ServiceCase {

  /** The width of the free-text columns (description, handling result, hazard): varchar 2000. */
  public static final int TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_number", nullable = false, unique = true, updatable = false)
  private String caseNumber;

  /** The property (项目) the case belongs to: its code, which is also its processes' tenant id. */
  @Column(updatable = false)
  private String propertyCode;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  @Embedded private ResidentRequest request;

  private Instant receivedAt;
  private String registeredBy;
  private boolean acknowledgedInPerson;

  @Embedded private Triage triage = Triage.PENDING;

  private Instant triagedAt;

  private String handler;
  private Instant dispatchedAt;
  private Instant handledAt;
  private Instant plannedFixAt;
  private String handlingResult;
  private int reworkCount;
  private Instant fixedConfirmedAt;
  private String satisfaction;
  private Instant feedbackSentAt;
  private Boolean callbackSatisfied;
  private int followUpCount;
  private boolean closedAtDesk;
  private Instant archivedAt;
  private String processInstanceId;
  private Long parentCaseId;
  private String hazardDescription;
  private Instant emergencyCalledAt;
  private Instant arrivedAt;
  private Instant arrivalCorrectedTo;
  private String arrivalCorrectionReason;

  @Version private long version;

  protected ServiceCase() {}

  public ServiceCase(
      String propertyCode,
      String caseNumber,
      ResidentRequest request,
      Instant receivedAt,
      String registeredBy) {
    this.propertyCode = propertyCode;
    this.caseNumber = caseNumber;
    this.status = CaseStatus.REGISTERED;
    this.request = request;
    this.receivedAt = receivedAt;
    this.registeredBy = registeredBy;
  }

  /** EMG-05: this case follows up a hazard found while handling another. */
  public void followUpOf(Long parentCaseId) {
    this.parentCaseId = parentCaseId;
  }

  public void recordHazard(String description) {
    this.hazardDescription = Texts.clip(description, TEXT_LENGTH);
  }

  /** EMG-01: when 110/119/120 were called, to the second. */
  public void recordEmergencyCall(Instant at) {
    this.emergencyCalledAt = at;
  }

  /**
   * EMG-04: the responder's arrival as stamped by the server; a correction (the responder tapped
   * late) is kept beside it with its reason and never replaces the stamp.
   */
  public void recordArrival(Instant stamped, Instant correctedTo, String correctionReason) {
    this.arrivedAt = stamped;
    this.arrivalCorrectedTo = correctedTo;
    this.arrivalCorrectionReason = correctionReason;
  }

  public Instant getEmergencyCalledAt() {
    return emergencyCalledAt;
  }

  public Instant getArrivedAt() {
    return arrivedAt;
  }

  public Instant getArrivalCorrectedTo() {
    return arrivalCorrectedTo;
  }

  public String getArrivalCorrectionReason() {
    return arrivalCorrectionReason;
  }

  public void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void acknowledgeInPerson() {
    this.acknowledgedInPerson = true;
  }

  public void recordTriage(Triage triage, Instant at) {
    this.triage = triage;
    this.triagedAt = at;
    this.status = CaseStatus.TRIAGED;
  }

  /**
   * Re-prioritisation (issue 14): a supervisor re-classified the request and the triage ran again;
   * the case keeps its status and its first triage time.
   */
  public void retriage(String category, String subcategory, Triage triage) {
    this.request =
        new ResidentRequest(
            request.channel(),
            request.unit(),
            request.residentName(),
            request.phone(),
            request.email(),
            request.language(),
            category,
            subcategory,
            request.description(),
            request.location());
    this.triage = triage;
  }

  /** SVC-03, big problem: the handler responded with the date of the fix told to the resident. */
  public void planFix(Instant at) {
    this.plannedFixAt = at;
  }

  public Instant getPlannedFixAt() {
    return plannedFixAt;
  }

  public void closeAtDesk() {
    this.closedAtDesk = true;
  }

  public void dispatchTo(String handler, Instant at) {
    this.handler = handler;
    this.dispatchedAt = at;
    this.status = CaseStatus.DISPATCHED;
  }

  public void recordHandled(String result, Instant at) {
    this.handlingResult = Texts.clip(result, TEXT_LENGTH);
    this.handledAt = at;
    this.status = CaseStatus.HANDLED;
  }

  public void recordConfirmation(boolean fixed, String satisfaction, Instant at) {
    this.satisfaction = satisfaction;
    if (fixed) {
      this.fixedConfirmedAt = at;
      this.status = CaseStatus.CONFIRMED;
    }
  }

  /** HLP-06: "not fixed" sends the case back to handling and counts as rework (SVC-02). */
  public void recordRework() {
    this.reworkCount++;
    this.status = CaseStatus.DISPATCHED;
  }

  public void recordFeedbackSent(Instant at) {
    this.feedbackSentAt = at;
    this.status = CaseStatus.FEEDBACK_SENT;
  }

  public void recordCallback(boolean satisfied) {
    this.callbackSatisfied = satisfied;
    this.status = CaseStatus.CALLED_BACK;
  }

  public void recordFollowUp() {
    this.followUpCount++;
  }

  public void archive(Instant at) {
    this.archivedAt = at;
    this.status = CaseStatus.ARCHIVED;
  }

  public Long getId() {
    return id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public CaseStatus getStatus() {
    return status;
  }

  /** What the resident asked for, as registered (INT-02). */
  public ResidentRequest getRequest() {
    return request;
  }

  /** The triage decision (CAT-01, CAT-04); {@link Triage#PENDING} until the table has run. */
  public Triage getTriage() {
    return triage;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public boolean isAcknowledgedInPerson() {
    return acknowledgedInPerson;
  }

  public Instant getTriagedAt() {
    return triagedAt;
  }

  public String getHandler() {
    return handler;
  }

  public Instant getDispatchedAt() {
    return dispatchedAt;
  }

  public Instant getHandledAt() {
    return handledAt;
  }

  public String getHandlingResult() {
    return handlingResult;
  }

  public int getReworkCount() {
    return reworkCount;
  }

  public Instant getFixedConfirmedAt() {
    return fixedConfirmedAt;
  }

  public String getSatisfaction() {
    return satisfaction;
  }

  public Instant getFeedbackSentAt() {
    return feedbackSentAt;
  }

  public Boolean getCallbackSatisfied() {
    return callbackSatisfied;
  }

  public int getFollowUpCount() {
    return followUpCount;
  }

  public boolean isClosedAtDesk() {
    return closedAtDesk;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }

  public Long getParentCaseId() {
    return parentCaseId;
  }

  public String getHazardDescription() {
    return hazardDescription;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
