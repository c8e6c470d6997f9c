package com.residentdesk.specialservice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * SVC-09: one household drawn for the month's sampling callback, with the size of the draw, the
 * callback's answer and the follow-up of an unsatisfied one.
 */
@Entity
@Table(name = "special_service_sampling")
public class SamplingCallback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;
  private String sampledMonth;
  private String unit;
  private int householdsServed;
  private int sampleSize;
  private Instant drawnAt;
  private String method;
  private Boolean satisfied;
  private String reason;
  private String otherServices;
  private String calledBy;
  private Instant calledAt;
  private String followUp;
  private String followedUpBy;
  private Instant followedUpAt;

  protected SamplingCallback() {}

  SamplingCallback(
      String propertyCode,
      String sampledMonth,
      String unit,
      int householdsServed,
      int sampleSize,
      Instant drawnAt) {
    this.propertyCode = propertyCode;
    this.sampledMonth = sampledMonth;
    this.unit = unit;
    this.householdsServed = householdsServed;
    this.sampleSize = sampleSize;
    this.drawnAt = drawnAt;
  }

  void recordAnswer(
      String method,
      boolean satisfied,
      String reason,
      String otherServices,
      String by,
      Instant at) {
    this.method = method;
    this.satisfied = satisfied;
    this.reason = reason;
    this.otherServices = otherServices;
    this.calledBy = by;
    this.calledAt = at;
  }

  void recordFollowUp(String followUp, String by, Instant at) {
    this.followUp = followUp;
    this.followedUpBy = by;
    this.followedUpAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getSampledMonth() {
    return sampledMonth;
  }

  public String getUnit() {
    return unit;
  }

  public int getHouseholdsServed() {
    return householdsServed;
  }

  public int getSampleSize() {
    return sampleSize;
  }

  public String getMethod() {
    return method;
  }

  public Boolean getSatisfied() {
    return satisfied;
  }

  public String getReason() {
    return reason;
  }

  public String getOtherServices() {
    return otherServices;
  }

  public String getCalledBy() {
    return calledBy;
  }

  public Instant getCalledAt() {
    return calledAt;
  }

  public String getFollowUp() {
    return followUp;
  }

  public String getFollowedUpBy() {
    return followedUpBy;
  }
}
