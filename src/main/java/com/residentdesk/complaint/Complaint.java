package com.residentdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One complaint (CMP-01..09) of a case: facts found at acceptance, severity, investigation report,
 * decision, appeal. The other parties it names are confidential (CMP-09, INT-06).
 */
@Entity
@Table(name = "complaint")
public class Complaint {

  public static final String MAJOR = "major";
  public static final String INVALID = "invalid";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  private Instant acceptedAt;
  private String acceptedBy;
  private Boolean valid;
  private boolean repeatedRequestsIgnored;
  private boolean seriousLossOrInjury;
  private boolean managementOrServiceFailure;
  private String summary;
  private String otherParties;
  private String invalidReason;
  private String severity;
  private String severitySource;
  private Instant reclassifiedAt;
  private String investigator;
  private LocalDate plannedDate;
  private String respondingDepartments;
  private String reportCause;
  private String reportRemedy;
  private int decisionRound;
  private Instant decidedAt;
  private String measures;
  private LocalDate measuresDeadline;
  private Instant resolvedAt;
  private Instant appealLodgedAt;
  private String appealText;
  private Boolean appealUpheld;
  private String appealOutcome;
  private Instant archivedAt;

  protected Complaint() {}

  Complaint(Long caseId) {
    this.caseId = caseId;
  }

  record Facts(
      boolean valid,
      boolean repeatedRequestsIgnored,
      boolean seriousLossOrInjury,
      boolean managementOrServiceFailure,
      String summary,
      String otherParties,
      String invalidReason) {}

  void accept(Facts facts, String by, Instant at) {
    this.valid = facts.valid();
    this.repeatedRequestsIgnored = facts.repeatedRequestsIgnored();
    this.seriousLossOrInjury = facts.seriousLossOrInjury();
    this.managementOrServiceFailure = facts.managementOrServiceFailure();
    this.summary = facts.summary();
    this.otherParties = facts.otherParties();
    this.invalidReason = facts.invalidReason();
    this.acceptedBy = by;
    this.acceptedAt = at;
  }

  void classify(String severity) {
    this.severity = severity;
    this.severitySource = "decision";
  }

  /** CMP-02: still open one month after acceptance. @return false when already major */
  boolean reclassifyAsMajor(Instant at) {
    if (MAJOR.equals(severity)) {
      return false;
    }
    this.severity = MAJOR;
    this.severitySource = "age";
    this.reclassifiedAt = at;
    return true;
  }

  void assignInvestigation(String investigator, LocalDate plannedDate, List<String> departments) {
    this.investigator = investigator;
    this.plannedDate = plannedDate;
    this.respondingDepartments = String.join(",", departments);
  }

  void report(String cause, String remedy) {
    this.reportCause = cause;
    this.reportRemedy = remedy;
  }

  void decide(String measures, LocalDate deadline, Instant at) {
    this.measures = measures;
    this.measuresDeadline = deadline;
    this.decidedAt = at;
    this.decisionRound++;
  }

  void resolve(Instant at) {
    this.resolvedAt = at;
  }

  void lodgeAppeal(String text, Instant at) {
    this.appealText = text;
    this.appealLodgedAt = at;
  }

  void decideAppeal(boolean upheld, String outcome) {
    this.appealUpheld = upheld;
    this.appealOutcome = outcome;
  }

  void archive(Instant at) {
    this.archivedAt = at;
  }

  public List<String> respondingDepartmentList() {
    return respondingDepartments == null || respondingDepartments.isBlank()
        ? List.of()
        : Arrays.asList(respondingDepartments.split(","));
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public Boolean getValid() {
    return valid;
  }

  public boolean isRepeatedRequestsIgnored() {
    return repeatedRequestsIgnored;
  }

  public boolean isSeriousLossOrInjury() {
    return seriousLossOrInjury;
  }

  public boolean isManagementOrServiceFailure() {
    return managementOrServiceFailure;
  }

  public String getSummary() {
    return summary;
  }

  public String getOtherParties() {
    return otherParties;
  }

  public String getInvalidReason() {
    return invalidReason;
  }

  public String getSeverity() {
    return severity;
  }

  public String getSeveritySource() {
    return severitySource;
  }

  public Instant getReclassifiedAt() {
    return reclassifiedAt;
  }

  public String getInvestigator() {
    return investigator;
  }

  public LocalDate getPlannedDate() {
    return plannedDate;
  }

  public String getReportCause() {
    return reportCause;
  }

  public String getReportRemedy() {
    return reportRemedy;
  }

  public int getDecisionRound() {
    return decisionRound;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getMeasures() {
    return measures;
  }

  public LocalDate getMeasuresDeadline() {
    return measuresDeadline;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Instant getAppealLodgedAt() {
    return appealLodgedAt;
  }

  public String getAppealText() {
    return appealText;
  }

  public Boolean getAppealUpheld() {
    return appealUpheld;
  }

  public String getAppealOutcome() {
    return appealOutcome;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }
}
