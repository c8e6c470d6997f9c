package com.residentdesk.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * QA-01: the KPI counts of a closed month, per property (tables of V143), so that {@link KpiReport}
 * adds up a few thousand rows for a company-wide year instead of counting its million cases. The
 * counts are those {@link KpiReport} runs live, grouped once more by team, handler and category, so
 * that every filter but the building can be applied to them.
 *
 * <p>A month's counts are used only while fresh: counted for the property's time zone as it is now,
 * no case of the month changed since (triggers of V144 note the case in {@code kpi_rollup_dirty}
 * when it, its complaint or a deadline clock is written — callbacks, satisfaction and rework arrive
 * after the month ends), and no deadline counted as still running has fallen due since ({@code
 * valid_until}). Otherwise the month is counted again when someone asks for it.
 *
 * <p>Counting removes the month's notes first and then counts, each statement seeing what was
 * committed before it: a change committed after the notes were removed leaves a note of its own,
 * and a writer holding a note (its transaction open) makes the removal wait for its commit.
 */
@Service
class KpiRollups {

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  KpiRollups(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The months of the filter that have ended in the zone by now: the first ones, if any. */
  static List<YearMonth> closedMonths(KpiReport.Filter filter, ZoneId zone, Instant now) {
    List<YearMonth> closed = new ArrayList<>();
    for (YearMonth month : KpiReport.months(filter)) {
      if (end(month, zone).isAfter(now)) {
        break;
      }
      closed.add(month);
    }
    return closed;
  }

  /** Counts again each of the months of the properties whose counts are missing or not fresh. */
  void refresh(List<String> properties, List<YearMonth> months, ZoneId zone, Instant now) {
    Map<String, Instant> fresh = new HashMap<>();
    jdbc.query(
        "select m.property_code, m.rollup_month, m.month_start from kpi_rollup_month m"
            + " where m.property_code in (:properties) and m.rollup_month in (:months) and m.fresh = true"
            + " and (m.valid_until is null or m.valid_until > :now) and not exists (select 1 from"
            + " kpi_rollup_dirty d where d.property_code = m.property_code"
            + " and d.received_at >= m.month_start and d.received_at < m.month_end)",
        new MapSqlParameterSource()
            .addValue("properties", properties)
            .addValue("months", months.stream().map(YearMonth::toString).toList())
            .addValue("now", at(now)),
        rs -> {
          fresh.put(
              rs.getString(1) + " " + rs.getString(2),
              rs.getObject(3, OffsetDateTime.class).toInstant());
        });
    for (YearMonth month : months) {
      List<String> stale =
          properties.stream()
              .filter(p -> !start(month, zone).equals(fresh.get(p + " " + month)))
              .sorted()
              .toList();
      if (!stale.isEmpty()) {
        count(stale, month, zone, now);
      }
    }
  }

  /**
   * Counts each of the months for the properties that have no counts of it at all (fresh or not):
   * the hourly warm-up's look, one query when there is nothing to count.
   */
  void countMissing(List<String> properties, List<YearMonth> months, ZoneId zone, Instant now) {
    java.util.Set<String> known = new java.util.HashSet<>();
    jdbc.query(
        "select property_code, rollup_month from kpi_rollup_month"
            + " where property_code in (:properties) and rollup_month in (:months)",
        new MapSqlParameterSource()
            .addValue("properties", properties)
            .addValue("months", months.stream().map(YearMonth::toString).toList()),
        rs -> {
          known.add(rs.getString(1) + " " + rs.getString(2));
        });
    for (YearMonth month : months) {
      List<String> missing =
          properties.stream().filter(p -> !known.contains(p + " " + month)).sorted().toList();
      if (!missing.isEmpty()) {
        count(missing, month, zone, now);
      }
    }
  }

  /** Counts one month of the properties at once: one reading of the month's cases. */
  private void count(List<String> properties, YearMonth month, ZoneId zone, Instant now) {
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("properties", properties)
            .addValue("month", month.toString())
            .addValue("start", at(start(month, zone)))
            .addValue("end", at(end(month, zone)))
            .addValue("now", at(now))
            .addValue("satisfied", List.copyOf(KpiReport.SATISFIED));
    try {
      ownTransaction.executeWithoutResult(
          tx ->
              jdbc.update(
                  "insert into kpi_rollup_month (property_code, rollup_month, month_start,"
                      + " month_end, fresh) select p.code, :month, :start, :end, false"
                      + " from property p where p.code in (:properties) and not exists"
                      + " (select 1 from kpi_rollup_month m where m.property_code = p.code"
                      + " and m.rollup_month = :month)",
                  params));
    } catch (DataIntegrityViolationException another) {
      // counted at the same moment by another request: its row is there now, which is all we need
    }
    ownTransaction.executeWithoutResult(tx -> countLocked(params, zone, month));
  }

  private void countLocked(MapSqlParameterSource params, ZoneId zone, YearMonth month) {
    // waits for a request counting the same months (locked in the order of the properties, month
    // by month: no deadlock); nothing to count for a property not known
    List<String> locked =
        jdbc.queryForList(
            "select property_code from kpi_rollup_month where property_code in (:properties)"
                + " and rollup_month = :month order by property_code for update",
            params,
            String.class);
    if (locked.isEmpty()) {
      return;
    }
    params.addValue("properties", locked);
    Instant start = start(month, zone);
    Instant end = end(month, zone);
    String day = LocalDays.dayNumber("c.received_at", zone, start, end, "received", params);
    String dueDay =
        LocalDays.dayNumber("d.due_at", zone, start, end.plus(Duration.ofDays(800)), "due", params);
    String cases =
        " c.property_code in (:properties) and c.received_at >= :start and c.received_at < :end";
    // the notes first, then the counts: see the class comment
    jdbc.update(
        "delete from kpi_rollup_dirty where property_code in (:properties)"
            + " and received_at >= :start and received_at < :end",
        params);
    jdbc.update(
        "delete from kpi_rollup_case where property_code in (:properties) and rollup_month = :month",
        params);
    jdbc.update(
        "delete from kpi_rollup_clock where property_code in (:properties) and rollup_month = :month",
        params);
    jdbc.update(
        "insert into kpi_rollup_case (property_code, rollup_month, day_number, category, channel,"
            + " severity, team, handler, requests, handled, reworked, answers, satisfied,"
            + " callbacks, callbacks_satisfied, closed, complaints)"
            + " select property_code, cast(:month as varchar(7)), day_number,"
            + " category, channel, severity, team, handler, "
            + KpiReport.CASE_SUMS
            + ", sum(closed), sum(complaint) from (select "
            + day
            + " as day_number, c.property_code, c.category, c.channel, "
            + KpiReport.SEVERITY
            + " as severity, c.handling_group as team, c.handler, "
            + KpiReport.CASE_FLAGS
            + ", case when c.archived_at is not null then 1 else 0 end as closed,"
            + " case when cp.id is null then 0 else 1 end as complaint"
            + " from service_case c left join complaint cp on cp.case_id = c.id where"
            + cases
            + ") x group by property_code, day_number, category, channel, severity, team, handler",
        params);
    jdbc.update(
        "insert into kpi_rollup_clock (property_code, rollup_month, category, team, handler, rule_id,"
            + " due_day, met, missed) select property_code,"
            + " cast(:month as varchar(7)), category, team, handler, rule_id, due_day,"
            + " sum(case when met = 1 then 1 else 0 end), sum(case when met = 0 then 1 else 0 end)"
            + " from (select c.property_code, c.category, c.handling_group as team, c.handler, d.rule_id, "
            + dueDay
            + " as due_day, "
            + KpiReport.CLOCK_MET
            + " as met from deadline_clock d join service_case c on c.id = d.case_id where"
            + cases
            + ") x group by property_code, category, team, handler, rule_id, due_day",
        params);
    // a deadline still running counts as missed once due: the counts hold until the first is due
    Map<String, OffsetDateTime> firstDue = new HashMap<>();
    jdbc.query(
        "select c.property_code, min(d.due_at) from deadline_clock d"
            + " join service_case c on c.id = d.case_id"
            + " where d.breached_at is null and d.met_at is null and d.due_at >= :now and"
            + cases
            + " group by c.property_code",
        params,
        rs -> {
          firstDue.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
        });
    jdbc.update(
        "update kpi_rollup_month set fresh = true, month_start = :start, month_end = :end,"
            + " valid_until = null, computed_at = :now"
            + " where property_code in (:properties) and rollup_month = :month",
        params);
    firstDue.forEach(
        (property, due) ->
            jdbc.update(
                "update kpi_rollup_month set valid_until = :validUntil"
                    + " where property_code = :property and rollup_month = :month",
                new MapSqlParameterSource()
                    .addValue("validUntil", due)
                    .addValue("property", property)
                    .addValue("month", params.getValue("month"))));
  }

  static Instant start(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  static Instant end(YearMonth month, ZoneId zone) {
    return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
