package com.residentdesk.property;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;

/**
 * A property (项目) of the company: one service centre with its own front desk, rota, buildings and
 * households. The code is the Camunda tenant id of its process instances and appears in its case
 * numbers, so it never changes. A time zone or front-desk hours left empty follow the company's
 * defaults ({@code desk.time-zone}, {@code desk.front-desk-hours}).
 */
@Entity
@Table(name = "property")
public class Property {

  @Id
  @Column(updatable = false)
  private String code;

  private String name;
  private String address;
  private String phone;
  private String timeZone;
  private LocalTime frontDeskOpens;
  private LocalTime frontDeskCloses;
  private Instant createdAt;

  protected Property() {}

  public Property(String code, String name, Instant createdAt) {
    this.code = code;
    this.name = name;
    this.createdAt = createdAt;
  }

  /** The centre's own details; null for the time zone or hours means the company's default. */
  public void describe(
      String name,
      String address,
      String phone,
      String timeZone,
      LocalTime frontDeskOpens,
      LocalTime frontDeskCloses) {
    this.name = name;
    this.address = address;
    this.phone = phone;
    this.timeZone = timeZone;
    this.frontDeskOpens = frontDeskOpens;
    this.frontDeskCloses = frontDeskCloses;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public LocalTime getFrontDeskOpens() {
    return frontDeskOpens;
  }

  public LocalTime getFrontDeskCloses() {
    return frontDeskCloses;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
