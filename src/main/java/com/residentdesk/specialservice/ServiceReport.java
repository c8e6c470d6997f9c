package com.residentdesk.specialservice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One property's monthly special-service analysis report (SVC-10, SVC-02, SVC-12): the month's
 * figures as computed on the 1st (JSON of {@link SpecialServiceFigures.Figures}), the
 * customer-service head's analysis and improvement measures, and who of the business-management
 * department read it.
 */
@Entity
@Table(name = "special_service_report")
public class ServiceReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;
  private String reportMonth;
  private Instant openedAt;
  private Instant dueAt;
  private String figures;
  private String analysis;
  private String measures;
  private String writtenBy;
  private Instant writtenAt;
  private String readBy;
  private Instant readAt;
  private String qualityNote;
  private Instant remindedAt;
  private String chasedBy;
  private Instant chasedAt;
  private String chaseNote;

  protected ServiceReport() {}

  ServiceReport(
      String propertyCode, String reportMonth, Instant openedAt, Instant dueAt, String figures) {
    this.propertyCode = propertyCode;
    this.reportMonth = reportMonth;
    this.openedAt = openedAt;
    this.dueAt = dueAt;
    this.figures = figures;
  }

  void write(String analysis, String measures, String by, Instant at) {
    this.analysis = analysis;
    this.measures = measures;
    this.writtenBy = by;
    this.writtenAt = at;
  }

  void reminded(Instant at) {
    this.remindedAt = at;
  }

  /** SVC-10: the centre manager followed up the late report; a later follow-up is appended. */
  void chased(String note, String by, Instant at) {
    this.chaseNote = chaseNote == null ? note : chaseNote + "\n" + note;
    this.chasedBy = by;
    this.chasedAt = at;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public String getChasedBy() {
    return chasedBy;
  }

  public Instant getChasedAt() {
    return chasedAt;
  }

  public String getChaseNote() {
    return chaseNote;
  }

  void read(String note, String by, Instant at) {
    this.qualityNote = note;
    this.readBy = by;
    this.readAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getReportMonth() {
    return reportMonth;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getFigures() {
    return figures;
  }

  public String getAnalysis() {
    return analysis;
  }

  public String getMeasures() {
    return measures;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getReadBy() {
    return readBy;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public String getQualityNote() {
    return qualityNote;
  }
}
