package com.residentdesk.reports;

import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QA-01, SVC-02: the centre's figures for a range of months, for the properties asked for, added up
 * across them. A case counts in the month (and on the day) it was received, in its property's time
 * zone; a deadline in the month it fell due. Open cases by age are counted as of now, whatever the
 * months.
 *
 * <p>One lean query per property and figure (index {@code ix_service_case_property}: property,
 * received), added up here: the sums are simple and the same on PostgreSQL and H2, where grouping
 * by a day in a time zone is not.
 */
@Service
public class KpiReport {

  /** SVC-02: rework below 1 %, satisfaction at least 95 %, deadlines met 100 %. */
  public static final double REWORK_TARGET = 0.01;

  public static final double SATISFACTION_TARGET = 0.95;
  public static final double DEADLINE_TARGET = 1.0;

  /** The deadlines whose compliance the dashboard follows (QA-01). */
  public static final List<String> RULES =
      List.of("INT-04", "CAT-02", "CAT-04", "EMG-04", "SVC-03", "HLP-07", "CMP-01");

  /** HLP-06/QA-04: the top three of the five levels count as satisfied. */
  static final Set<String> SATISFIED = Set.of("very-satisfied", "satisfied", "basically-satisfied");

  static final List<String> SEVERITIES =
      List.of("major", "important", "general", "invalid", "pending");

  /** Ages of open cases, in days: up to 1, 3, 7, 30, and older. */
  static final List<String> AGES = List.of("0-1", "1-3", "3-7", "7-30", "30+");

  /** At most this many months at once (two years: what QA-06 keeps). */
  public static final int MAX_MONTHS = 24;

  /** What the figures are for. */
  public record Filter(
      YearMonth from,
      YearMonth to,
      List<String> properties,
      String category,
      String team,
      String building) {}

  public record Targets(double reworkRate, double satisfactionRate, double deadlineCompliance) {}

  public record Totals(
      long requests,
      long handled,
      long reworked,
      Double reworkRate,
      long satisfactionAnswers,
      long satisfied,
      Double satisfactionRate,
      long callbacksDone,
      long callbacksSatisfied,
      long complaints,
      long deadlinesMet,
      long deadlinesMissed,
      Double deadlineCompliance,
      long openCases) {}

  public record Day(
      String day, long total, Map<String, Long> byCategory, Map<String, Long> byChannel) {}

  public record Compliance(String rule, String month, long met, long missed, Double rate) {}

  public record Month(
      String month,
      long requests,
      long handled,
      long reworked,
      Double reworkRate,
      long satisfactionAnswers,
      long satisfied,
      Double satisfactionRate,
      long callbacksDone,
      long callbacksSatisfied) {}

  public record Group(
      String name,
      long requests,
      long closed,
      long reworked,
      long deadlinesMissed,
      long satisfactionAnswers,
      long satisfied,
      Double satisfactionRate) {}

  public record Figures(
      String from,
      String to,
      List<String> properties,
      String category,
      String team,
      String building,
      Targets targets,
      Totals totals,
      List<Day> requestsPerDay,
      List<Compliance> compliance,
      List<Month> months,
      Map<String, Long> complaintsBySeverity,
      Map<String, Long> openCasesByAge,
      List<Group> byTeam,
      List<Group> byHandler,
      Map<String, Totals> byProperty) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final PropertyDirectory directory;
  private final DeskClock clock;

  public KpiReport(NamedParameterJdbcTemplate jdbc, PropertyDirectory directory, DeskClock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  /** One case as the figures need it. */
  record CaseRow(
      long id,
      String property,
      String category,
      String channel,
      String team,
      String handler,
      LocalDate day,
      YearMonth month,
      boolean closed,
      boolean handled,
      boolean reworked,
      String satisfaction,
      Boolean callbackSatisfied,
      String severity) {

    boolean satisfied() {
      return satisfaction != null && SATISFIED.contains(satisfaction);
    }
  }

  record ClockRow(long caseId, String rule, YearMonth month, Boolean met) {}

  @Transactional(readOnly = true)
  public Figures of(Filter filter) {
    Instant now = clock.now();
    List<CaseRow> cases = new ArrayList<>();
    List<ClockRow> clocks = new ArrayList<>();
    Map<String, Long> openByAge = zeros(AGES);
    Map<String, Totals> byProperty = new LinkedHashMap<>();
    for (String property : filter.properties()) {
      ZoneId zone = directory.zoneOf(property);
      List<CaseRow> ofProperty = cases(filter, property, zone);
      List<ClockRow> clocksOfProperty = clocks(filter, property, zone, now);
      cases.addAll(ofProperty);
      clocks.addAll(clocksOfProperty);
      long open = openCases(filter, property, now, openByAge);
      byProperty.put(property, totals(ofProperty, clocksOfProperty, open));
    }
    long open = openByAge.values().stream().mapToLong(Long::longValue).sum();
    return new Figures(
        filter.from().toString(),
        filter.to().toString(),
        filter.properties(),
        filter.category(),
        filter.team(),
        filter.building(),
        new Targets(REWORK_TARGET, SATISFACTION_TARGET, DEADLINE_TARGET),
        totals(cases, clocks, open),
        perDay(filter, cases),
        compliance(filter, clocks),
        perMonth(filter, cases),
        bySeverity(cases),
        openByAge,
        groups(cases, clocks, CaseRow::team),
        groups(cases, clocks, CaseRow::handler),
        byProperty.size() > 1 ? byProperty : null);
  }

  // ---- queries ---------------------------------------------------------------------------------

  private static final String CASE_FILTER =
      " c.property_code = :property and c.received_at >= :start and c.received_at < :end"
          + " and (:category is null or c.category = :category)"
          + " and (:team is null or c.handling_group = :team)"
          + " and (:building is null or c.unit like :building)";

  private MapSqlParameterSource params(Filter filter, String property, ZoneId zone) {
    return new MapSqlParameterSource()
        .addValue("property", property)
        .addValue("start", at(filter.from().atDay(1).atStartOfDay(zone).toInstant()))
        .addValue("end", at(filter.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
        .addValue("category", filter.category(), java.sql.Types.VARCHAR)
        .addValue("team", filter.team(), java.sql.Types.VARCHAR)
        .addValue(
            "building",
            filter.building() == null ? null : filter.building() + "-%",
            java.sql.Types.VARCHAR);
  }

  private List<CaseRow> cases(Filter filter, String property, ZoneId zone) {
    String sql =
        "select c.id, c.category, c.channel, c.handling_group, c.handler, c.received_at,"
            + " c.archived_at, c.handled_at, c.rework_count, c.satisfaction, c.callback_satisfied,"
            + " cp.severity, (cp.id is not null) as is_complaint"
            + " from service_case c left join complaint cp on cp.case_id = c.id where"
            + CASE_FILTER;
    return jdbc.query(
        sql,
        params(filter, property, zone),
        (rs, n) -> {
          LocalDate day = instant(rs, "received_at").atZone(zone).toLocalDate();
          boolean complaint = rs.getBoolean("is_complaint");
          return new CaseRow(
              rs.getLong("id"),
              property,
              rs.getString("category"),
              rs.getString("channel"),
              rs.getString("handling_group"),
              rs.getString("handler"),
              day,
              YearMonth.from(day),
              rs.getObject("archived_at") != null,
              rs.getObject("handled_at") != null,
              rs.getInt("rework_count") > 0,
              rs.getString("satisfaction"),
              (Boolean) rs.getObject("callback_satisfied"),
              complaint
                  ? (rs.getString("severity") == null ? "pending" : rs.getString("severity"))
                  : null);
        });
  }

  /**
   * The deadlines of the cases counted: met (in time), missed (breached, or due and still open), or
   * still running (not counted).
   */
  private List<ClockRow> clocks(Filter filter, String property, ZoneId zone, Instant now) {
    String sql =
        "select d.case_id, d.rule_id, d.due_at, d.met_at, d.breached_at from deadline_clock d"
            + " join service_case c on c.id = d.case_id where"
            + CASE_FILTER;
    return jdbc.query(
        sql,
        params(filter, property, zone),
        (rs, n) -> {
          Instant due = instant(rs, "due_at");
          Boolean met;
          if (rs.getObject("breached_at") != null) {
            met = false;
          } else if (rs.getObject("met_at") != null) {
            met = !instant(rs, "met_at").isAfter(due);
          } else {
            met = due.isBefore(now) ? false : null;
          }
          return new ClockRow(
              rs.getLong("case_id"),
              rs.getString("rule_id"),
              YearMonth.from(due.atZone(zone)),
              met);
        });
  }

  /** Cases still open now, whatever month they came in, by how long they have been open. */
  private long openCases(Filter filter, String property, Instant now, Map<String, Long> byAge) {
    MapSqlParameterSource params =
        params(filter, property, ZoneOffset.UTC)
            .addValue("start", at(Instant.EPOCH))
            .addValue("end", at(now));
    List<Instant> received =
        jdbc.query(
            "select c.received_at from service_case c where c.archived_at is null and"
                + CASE_FILTER,
            params,
            (rs, n) -> instant(rs, "received_at"));
    for (Instant at : received) {
      long hours = Duration.between(at, now).toHours();
      String age =
          hours < 24
              ? "0-1"
              : hours < 72 ? "1-3" : hours < 7 * 24 ? "3-7" : hours < 30 * 24 ? "7-30" : "30+";
      byAge.merge(age, 1L, Long::sum);
    }
    return received.size();
  }

  // ---- sums ------------------------------------------------------------------------------------

  private static Totals totals(List<CaseRow> cases, List<ClockRow> clocks, long open) {
    long handled = cases.stream().filter(CaseRow::handled).count();
    long reworked = cases.stream().filter(c -> c.handled() && c.reworked()).count();
    long answers = cases.stream().filter(c -> c.satisfaction() != null).count();
    long satisfied = cases.stream().filter(CaseRow::satisfied).count();
    long met = clocks.stream().filter(c -> Boolean.TRUE.equals(c.met())).count();
    long missed = clocks.stream().filter(c -> Boolean.FALSE.equals(c.met())).count();
    return new Totals(
        cases.size(),
        handled,
        reworked,
        rate(reworked, handled),
        answers,
        satisfied,
        rate(satisfied, answers),
        cases.stream().filter(c -> c.callbackSatisfied() != null).count(),
        cases.stream().filter(c -> Boolean.TRUE.equals(c.callbackSatisfied())).count(),
        cases.stream().filter(c -> c.severity() != null).count(),
        met,
        missed,
        rate(met, met + missed),
        open);
  }

  private static List<Day> perDay(Filter filter, List<CaseRow> cases) {
    Map<LocalDate, List<CaseRow>> byDay = new TreeMap<>();
    for (LocalDate day = filter.from().atDay(1);
        !day.isAfter(filter.to().atEndOfMonth());
        day = day.plusDays(1)) {
      byDay.put(day, new ArrayList<>());
    }
    cases.forEach(c -> byDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(c));
    List<Day> days = new ArrayList<>();
    byDay.forEach(
        (day, ofDay) -> {
          Map<String, Long> byCategory = new TreeMap<>();
          Map<String, Long> byChannel = new TreeMap<>();
          ofDay.forEach(
              c -> {
                byCategory.merge(c.category(), 1L, Long::sum);
                byChannel.merge(c.channel(), 1L, Long::sum);
              });
          days.add(new Day(day.toString(), ofDay.size(), byCategory, byChannel));
        });
    return days;
  }

  private static List<Compliance> compliance(Filter filter, List<ClockRow> clocks) {
    List<Compliance> rows = new ArrayList<>();
    for (String rule : RULES) {
      for (YearMonth month : months(filter)) {
        long met =
            clocks.stream()
                .filter(c -> rule.equals(c.rule()) && month.equals(c.month()))
                .filter(c -> Boolean.TRUE.equals(c.met()))
                .count();
        long missed =
            clocks.stream()
                .filter(c -> rule.equals(c.rule()) && month.equals(c.month()))
                .filter(c -> Boolean.FALSE.equals(c.met()))
                .count();
        rows.add(new Compliance(rule, month.toString(), met, missed, rate(met, met + missed)));
      }
    }
    return rows;
  }

  private static List<Month> perMonth(Filter filter, List<CaseRow> cases) {
    List<Month> rows = new ArrayList<>();
    for (YearMonth month : months(filter)) {
      List<CaseRow> of = cases.stream().filter(c -> month.equals(c.month())).toList();
      Totals t = totals(of, List.of(), 0);
      rows.add(
          new Month(
              month.toString(),
              t.requests(),
              t.handled(),
              t.reworked(),
              t.reworkRate(),
              t.satisfactionAnswers(),
              t.satisfied(),
              t.satisfactionRate(),
              t.callbacksDone(),
              t.callbacksSatisfied()));
    }
    return rows;
  }

  private static Map<String, Long> bySeverity(List<CaseRow> cases) {
    Map<String, Long> counts = zeros(SEVERITIES);
    cases.stream()
        .filter(c -> c.severity() != null)
        .forEach(c -> counts.merge(c.severity(), 1L, Long::sum));
    return counts;
  }

  private static List<Group> groups(
      List<CaseRow> cases,
      List<ClockRow> clocks,
      java.util.function.Function<CaseRow, String> key) {
    Map<Long, Long> missedByCase = new LinkedHashMap<>();
    clocks.stream()
        .filter(c -> Boolean.FALSE.equals(c.met()))
        .forEach(c -> missedByCase.merge(c.caseId(), 1L, Long::sum));
    Map<String, List<CaseRow>> grouped = new TreeMap<>();
    cases.stream()
        .filter(c -> key.apply(c) != null)
        .forEach(c -> grouped.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
    return grouped.entrySet().stream()
        .map(
            e -> {
              List<CaseRow> of = e.getValue();
              long answers = of.stream().filter(c -> c.satisfaction() != null).count();
              long satisfied = of.stream().filter(CaseRow::satisfied).count();
              return new Group(
                  e.getKey(),
                  of.size(),
                  of.stream().filter(CaseRow::closed).count(),
                  of.stream().filter(c -> c.handled() && c.reworked()).count(),
                  of.stream().mapToLong(c -> missedByCase.getOrDefault(c.id(), 0L)).sum(),
                  answers,
                  satisfied,
                  rate(satisfied, answers));
            })
        .sorted(Comparator.comparingLong(Group::requests).reversed())
        .toList();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  static List<YearMonth> months(Filter filter) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private static Map<String, Long> zeros(List<String> keys) {
    Map<String, Long> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, 0L));
    return map;
  }

  static Double rate(long part, long whole) {
    return whole == 0 ? null : Math.round((double) part / whole * 10000) / 10000.0;
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
