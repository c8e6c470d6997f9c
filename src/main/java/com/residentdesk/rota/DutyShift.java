package com.residentdesk.rota;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One line of a property's on-duty rota: a user on duty for a group every day between two times (in
 * the property's time zone) while the line is valid. Ending before starting means the shift runs
 * across midnight; equal times mean the whole day.
 */
@Entity
@Table(name = "duty_shift")
public class DutyShift {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;

  @Column(name = "group_id")
  private String groupId;

  private String userId;

  @Enumerated(EnumType.STRING)
  private DutyRole dutyRole;

  private LocalTime starts;
  private LocalTime ends;
  private LocalDate validFrom;
  private LocalDate validTo;

  protected DutyShift() {}

  public DutyShift(
      String propertyCode,
      String groupId,
      String userId,
      DutyRole dutyRole,
      LocalTime starts,
      LocalTime ends,
      LocalDate validFrom,
      LocalDate validTo) {
    this.propertyCode = propertyCode;
    this.groupId = groupId;
    this.userId = userId;
    this.dutyRole = dutyRole;
    this.starts = starts;
    this.ends = ends;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  /**
   * Whether this shift covers the given local moment. A night shift belongs to the day it starts.
   */
  public boolean covers(LocalDateTime at) {
    LocalTime time = at.toLocalTime();
    LocalDate shiftDay = at.toLocalDate();
    boolean inShift;
    if (starts.equals(ends)) {
      inShift = true;
    } else if (starts.isBefore(ends)) {
      inShift = !time.isBefore(starts) && time.isBefore(ends);
    } else {
      inShift = !time.isBefore(starts) || time.isBefore(ends);
      if (time.isBefore(ends)) {
        shiftDay = shiftDay.minusDays(1);
      }
    }
    return inShift
        && !shiftDay.isBefore(validFrom)
        && (validTo == null || !shiftDay.isAfter(validTo));
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getUserId() {
    return userId;
  }

  public DutyRole getDutyRole() {
    return dutyRole;
  }

  public LocalTime getStarts() {
    return starts;
  }

  public LocalTime getEnds() {
    return ends;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
