package com.residentdesk.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A satisfaction survey campaign of one property (QA-02..QA-06): its plan, the approvals it got,
 * and, once it ran, how many questionnaires went out and came back.
 */
@Entity
@Table(name = "survey_campaign")
public class SurveyCampaign {

  /** QA-02: the quarterly help-service survey, or the company-wide survey (every six months). */
  public enum Kind {
    HELP_SERVICE,
    GENERAL
  }

  public enum Status {
    DRAFT,
    APPROVING,
    APPROVED,
    COLLECTING,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String purpose;
  private String services;
  private String targetUnits;
  private int samplePercent;
  private LocalDate opensOn;
  private int windowDays;
  private String staff;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String approvals;
  private String proposedBy;
  private Instant proposedAt;
  private Instant openedAt;
  private Instant closesAt;
  private Instant closedAt;
  private int sent;
  private int answered;
  private boolean lowReturn;
  private String commonOpinions;
  private String report;
  private LocalDate keepUntil;
  private String readBy;
  private String readNote;

  protected SurveyCampaign() {}

  SurveyCampaign(
      String propertyCode,
      Kind kind,
      String purpose,
      List<String> services,
      int samplePercent,
      int windowDays,
      String proposedBy,
      Instant proposedAt) {
    this.propertyCode = propertyCode;
    this.kind = kind;
    this.purpose = purpose;
    this.services = String.join(",", services);
    this.samplePercent = samplePercent;
    this.windowDays = windowDays;
    this.status = Status.DRAFT;
    this.approvals = "";
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  void plan(
      String purpose,
      List<String> services,
      String targetUnits,
      int samplePercent,
      LocalDate opensOn,
      int windowDays,
      String staff) {
    this.purpose = purpose;
    this.services = String.join(",", services);
    this.targetUnits = targetUnits;
    this.samplePercent = samplePercent;
    this.opensOn = opensOn;
    this.windowDays = windowDays;
    this.staff = staff;
    this.status = Status.APPROVING;
  }

  void approval(String line, boolean approved, boolean last) {
    this.approvals = approvals.isEmpty() ? line : approvals + "\n" + line;
    if (!approved) {
      this.status = Status.DRAFT;
    } else if (last) {
      this.status = Status.APPROVED;
    }
  }

  void opened(Instant at, Instant closesAt, int sent) {
    this.openedAt = at;
    this.closesAt = closesAt;
    this.sent = sent;
    this.status = Status.COLLECTING;
  }

  void answered() {
    this.answered++;
  }

  void closed(Instant at, boolean lowReturn, LocalDate keepUntil) {
    this.closedAt = at;
    this.lowReturn = lowReturn;
    this.keepUntil = keepUntil;
    this.status = Status.CLOSED;
  }

  void reported(String commonOpinions, String report) {
    this.commonOpinions = commonOpinions;
    this.report = report;
  }

  void read(String note, String by) {
    this.readNote = note;
    this.readBy = by;
  }

  /** QA-04: answered over sent; null before anything was sent. */
  public Double returnRate() {
    return sent == 0 ? null : (double) answered / sent;
  }

  public List<String> serviceCodes() {
    return services.isEmpty() ? List.of() : Arrays.asList(services.split(","));
  }

  /** The plan's own list of units, or empty: the sample of the register. */
  public List<String> targetUnitList() {
    return units(targetUnits);
  }

  /** Units as staff type them: separated by commas, semicolons or spaces. */
  static List<String> units(String targetUnits) {
    if (targetUnits == null || targetUnits.isBlank()) {
      return List.of();
    }
    return Arrays.stream(targetUnits.split("[,，;；\\s]+")).filter(u -> !u.isBlank()).toList();
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public Kind getKind() {
    return kind;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getTargetUnits() {
    return targetUnits;
  }

  public int getSamplePercent() {
    return samplePercent;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public int getWindowDays() {
    return windowDays;
  }

  public String getStaff() {
    return staff;
  }

  public Status getStatus() {
    return status;
  }

  public String getApprovals() {
    return approvals;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public int getSent() {
    return sent;
  }

  public int getAnswered() {
    return answered;
  }

  public boolean isLowReturn() {
    return lowReturn;
  }

  public String getCommonOpinions() {
    return commonOpinions;
  }

  public String getReport() {
    return report;
  }

  public String getReadBy() {
    return readBy;
  }

  public String getReadNote() {
    return readNote;
  }

  public LocalDate getKeepUntil() {
    return keepUntil;
  }
}
