package com.residentdesk.property;

import com.residentdesk.system.DeskClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * When a recurring period - a month, a quarter, a half-year - has begun at each property, in the
 * property's own time zone. The company's schedules (the monthly evaluation, QA-01; the quarter's
 * help-service survey, QA-02; the half-year's special-service supervision, SVC-12) look every
 * quarter of an hour and open what this finds due, so a property in another zone than the company's
 * is met at its own hour, and one missed while the server was stopped is opened when they look
 * next, within the catch-up window.
 */
@Component
public class PropertyPeriods {

  /** A period that begins on the 1st of its first month. */
  public enum Period {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6);

    private final int months;

    Period(int months) {
      this.months = months;
    }

    /** The first day of the period {@code date} is in. */
    public LocalDate firstDayOf(LocalDate date) {
      int first = (date.getMonthValue() - 1) / months * months + 1;
      return LocalDate.of(date.getYear(), first, 1);
    }
  }

  private final PropertyDirectory directory;
  private final DeskClock clock;

  public PropertyPeriods(PropertyDirectory directory, DeskClock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * The properties where the current period began, at {@code openingHour} on its first day in the
   * property's time zone, and {@code catchUpDays} days have not yet passed since its first day (day
   * 1 up to and including day {@code catchUpDays}); each with the period's first day there.
   */
  public Map<String, LocalDate> begun(Period period, int openingHour, int catchUpDays) {
    Map<String, LocalDate> due = new LinkedHashMap<>();
    for (String property : directory.codes()) {
      ZonedDateTime local = clock.nowIn(directory.zoneOf(property));
      LocalDate first = period.firstDayOf(local.toLocalDate());
      LocalDateTime opens = first.atTime(openingHour, 0);
      boolean begun = !local.toLocalDateTime().isBefore(opens);
      boolean withinWindow = local.toLocalDate().isBefore(first.plusDays(catchUpDays));
      if (begun && withinWindow) {
        due.put(property, first);
      }
    }
    return due;
  }
}
