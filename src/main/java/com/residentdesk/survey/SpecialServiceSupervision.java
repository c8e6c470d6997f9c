package com.residentdesk.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * SVC-12: the quality department's supervision of one property's special services in a half-year.
 */
@Entity
@Table(name = "special_service_supervision")
public class SpecialServiceSupervision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;
  private String period;
  private String findings;
  private String supervisedBy;
  private Instant supervisedAt;

  protected SpecialServiceSupervision() {}

  SpecialServiceSupervision(String propertyCode, String period) {
    this.propertyCode = propertyCode;
    this.period = period;
  }

  void supervised(String findings, String by, Instant at) {
    this.findings = findings;
    this.supervisedBy = by;
    this.supervisedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getPeriod() {
    return period;
  }

  public String getFindings() {
    return findings;
  }

  public String getSupervisedBy() {
    return supervisedBy;
  }

  public Instant getSupervisedAt() {
    return supervisedAt;
  }
}
