package com.residentdesk.casefile;

import jakarta.persistence.Column;
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

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_number", nullable = false, unique = true, updatable = false)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  private String channel;
  private String unit;
  private String residentName;
  private String phone;
  private String email;
  private String language;
  private String category;
  private String subcategory;
  private String description;
  private String location;
  private Instant receivedAt;
  private String registeredBy;
  private boolean acknowledgedInPerson;

  private String priority;
  private String handlingGroup;
  private boolean emergency;
  private boolean trialRun;
  private String dispatchWithin;
  private String resolveWithin;
  private Instant triagedAt;

  private String handler;
  private Instant dispatchedAt;
  private Instant handledAt;
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

  @Version private long version;

  protected ServiceCase() {}

  public ServiceCase(
      String caseNumber, ResidentRequest request, Instant receivedAt, String registeredBy) {
    this.caseNumber = caseNumber;
    this.status = CaseStatus.REGISTERED;
    this.channel = request.channel();
    this.unit = request.unit();
    this.residentName = request.residentName();
    this.phone = request.phone();
    this.email = request.email();
    this.language = request.language();
    this.category = request.category();
    this.subcategory = request.subcategory();
    this.description = request.description();
    this.location = request.location();
    this.receivedAt = receivedAt;
    this.registeredBy = registeredBy;
  }

  /** EMG-05: this case follows up a hazard found while handling another. */
  public void followUpOf(Long parentCaseId) {
    this.parentCaseId = parentCaseId;
  }

  public void recordHazard(String description) {
    this.hazardDescription = description;
  }

  public void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void acknowledgeInPerson() {
    this.acknowledgedInPerson = true;
  }

  public void recordTriage(Triage triage, Instant at) {
    this.priority = triage.priority();
    this.handlingGroup = triage.handlingGroup();
    this.emergency = triage.emergency();
    this.trialRun = triage.trialRun();
    this.dispatchWithin = triage.dispatchWithin();
    this.resolveWithin = triage.resolveWithin();
    this.triagedAt = at;
    this.status = CaseStatus.TRIAGED;
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
    this.handlingResult = result;
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

  public CaseStatus getStatus() {
    return status;
  }

  public String getChannel() {
    return channel;
  }

  public String getUnit() {
    return unit;
  }

  public String getResidentName() {
    return residentName;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  public String getCategory() {
    return category;
  }

  public String getSubcategory() {
    return subcategory;
  }

  public String getDescription() {
    return description;
  }

  public String getLocation() {
    return location;
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

  public String getPriority() {
    return priority;
  }

  public String getHandlingGroup() {
    return handlingGroup;
  }

  public boolean isEmergency() {
    return emergency;
  }

  public boolean isTrialRun() {
    return trialRun;
  }

  public String getDispatchWithin() {
    return dispatchWithin;
  }

  public String getResolveWithin() {
    return resolveWithin;
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
