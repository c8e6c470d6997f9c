package com.residentdesk.reports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The day a moment falls on in a property's time zone, as SQL both PostgreSQL and H2 run: the
 * number of days since 1970-01-01 of the local date ({@link java.time.LocalDate#ofEpochDay}). The
 * zone's offset is written into the expression, one branch per change of offset (summer time)
 * within the period, so a zone without changes (Asia/Shanghai) costs one addition.
 */
final class LocalDays {

  private LocalDays() {}

  /**
   * @param column a {@code timestamp with time zone} column
   * @param from,to the period the column's values fall in; outside it the nearest offset is used
   * @param name prefix of the parameters added to {@code params} for the changes of offset
   */
  static String dayNumber(
      String column,
      ZoneId zone,
      Instant from,
      Instant to,
      String name,
      MapSqlParameterSource params) {
    return "floor((extract(epoch from "
        + column
        + ") + "
        + offsetSeconds(column, zone, from, to, name, params)
        + ") / 86400)";
  }

  private static String offsetSeconds(
      String column,
      ZoneId zone,
      Instant from,
      Instant to,
      String name,
      MapSqlParameterSource params) {
    ZoneRules rules = zone.getRules();
    StringBuilder sql = new StringBuilder();
    ZoneOffset offset = rules.getOffset(from);
    int changes = 0;
    for (ZoneOffsetTransition change = rules.nextTransition(from);
        change != null && change.getInstant().isBefore(to);
        change = rules.nextTransition(change.getInstant())) {
      String parameter = name + "Change" + changes++;
      params.addValue(parameter, OffsetDateTime.ofInstant(change.getInstant(), ZoneOffset.UTC));
      sql.append(" when ")
          .append(column)
          .append(" < :")
          .append(parameter)
          .append(" then ")
          .append(offset.getTotalSeconds());
      offset = change.getOffsetAfter();
    }
    if (changes == 0) {
      return Integer.toString(offset.getTotalSeconds());
    }
    return "(case" + sql + " else " + offset.getTotalSeconds() + " end)";
  }
}
