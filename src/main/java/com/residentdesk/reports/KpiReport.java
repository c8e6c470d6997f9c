package com.residentdesk.reports;

import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * QA-01, SVC-02: the centre's figures for a range of months, for the properties asked for, added up
 * across them. A case counts in the month (and on the day) it was received, in its property's time
 * zone; a deadline in the month it fell due. Open cases by age are counted as of now, whatever the
 * months.
 *
 * <p>The database counts, grouped by the property's local day ({@link LocalDays}), per property
 * (index {@code ix_service_case_property}: property, received); here those counts are only added up
 * into days, months, rules, teams and properties. A company-wide year reads counts, never cases.
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
  private final KpiRollups rollups;
  private final boolean rollupsOn;

  /**
   * @param rollupsOn {@code desk.kpi.rollups}: false counts every month live, as before the monthly
   *     counts (a switch for doubt, and the benchmark's comparison)
   */
  public KpiReport(
      NamedParameterJdbcTemplate jdbc,
      PropertyDirectory directory,
      DeskClock clock,
      KpiRollups rollups,
      @Value("${desk.kpi.rollups:true}") boolean rollupsOn) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
    this.rollups = rollups;
    this.rollupsOn = rollupsOn;
  }

  /**
   * The cases of one local day with the same category, channel and complaint severity, counted:
   * what the per-day, per-month and severity figures are added up from.
   */
  record DayCounts(
      LocalDate day,
      String category,
      String channel,
      String severity,
      long requests,
      long handled,
      long reworked,
      long answers,
      long satisfied,
      long callbacksDone,
      long callbacksSatisfied) {}

  /**
   * The cases of one property, team and handler, counted, with their deadlines met and missed: what
   * the totals, the property, team and handler figures are added up from.
   */
  record PeopleCounts(
      String property,
      String team,
      String handler,
      long requests,
      long closed,
      long handled,
      long reworked,
      long answers,
      long satisfied,
      long callbacksDone,
      long callbacksSatisfied,
      long complaints,
      long deadlinesMet,
      long deadlinesMissed) {}

  /** Deadlines of one rule falling due in one month: met and missed. */
  record ClockCounts(String rule, YearMonth month, long met, long missed) {}

  /**
   * Not in a transaction of its own: counting closed months ({@link KpiRollups}) commits in its
   * own, and a request holding a connection while waiting for a second one could exhaust the pool.
   */
  public Figures of(Filter filter) {
    return of(filter, rollupsOn);
  }

  /**
   * @param useRollups whether closed months are read from their counts ({@link KpiRollups}) when no
   *     building is asked for; false counts every month live (what the tests compare with)
   */
  public Figures of(Filter filter, boolean useRollups) {
    Instant now = clock.now();
    // counting a month writes; a caller's open writing transaction may hold notes of its changes
    // (kpi_rollup_dirty) that counting would wait for: such a caller counts live
    boolean rolledUp =
        useRollups
            && filter.building() == null
            && (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly());
    List<DayCounts> days = new ArrayList<>();
    List<PeopleCounts> people = new ArrayList<>();
    List<ClockCounts> clocks = new ArrayList<>();
    Map<String, Map<String, Long>> openByAge = new LinkedHashMap<>();
    // properties of one time zone share their months' bounds and local days: counted together
    Map<ZoneId, List<String>> byZone = new LinkedHashMap<>();
    filter
        .properties()
        .forEach(p -> byZone.computeIfAbsent(directory.zoneOf(p), z -> new ArrayList<>()).add(p));
    byZone.forEach(
        (zone, properties) -> {
          List<YearMonth> counted =
              rolledUp ? KpiRollups.closedMonths(filter, zone, now) : List.of();
          if (!counted.isEmpty()) {
            rollups.refresh(properties, counted, zone, now);
            MapSqlParameterSource rolled = rolledParams(filter, properties, counted);
            days.addAll(rolledDays(rolled));
            people.addAll(rolledPeople(rolled));
            clocks.addAll(rolledClocks(rolled));
          }
          if (counted.size() < months(filter).size()) {
            Filter live =
                new Filter(
                    filter.from().plusMonths(counted.size()),
                    filter.to(),
                    filter.properties(),
                    filter.category(),
                    filter.team(),
                    filter.building());
            MapSqlParameterSource params = params(live, properties, zone, now);
            days.addAll(days(live, zone, params));
            people.addAll(people(params));
            clocks.addAll(clocks(live, zone, params));
          }
          openCases(filter, properties, now).forEach((p, ages) -> openByAge.put(p, ages));
        });
    Map<String, Totals> byProperty = new LinkedHashMap<>();
    for (String property : filter.properties()) {
      byProperty.put(
          property,
          totals(
              people.stream().filter(c -> property.equals(c.property())).toList(),
              openByAge.getOrDefault(property, zeros(AGES))));
    }
    Map<String, Long> allOpen = zeros(AGES);
    openByAge.values().forEach(ages -> ages.forEach((k, v) -> allOpen.merge(k, v, Long::sum)));
    Map<String, Long> severities = zeros(SEVERITIES);
    days.stream()
        .filter(d -> d.severity() != null)
        .forEach(d -> severities.merge(d.severity(), d.requests(), Long::sum));
    return new Figures(
        filter.from().toString(),
        filter.to().toString(),
        filter.properties(),
        filter.category(),
        filter.team(),
        filter.building(),
        new Targets(REWORK_TARGET, SATISFACTION_TARGET, DEADLINE_TARGET),
        totals(people, allOpen),
        perDay(filter, days),
        compliance(filter, clocks),
        perMonth(filter, days),
        severities,
        allOpen,
        groups(people, PeopleCounts::team),
        groups(people, PeopleCounts::handler),
        byProperty.size() > 1 ? byProperty : null);
  }

  // ---- queries ---------------------------------------------------------------------------------
  // Each query reads the period's cases of the properties of one time zone once (index
  // ix_service_case_property: property, received) and returns counts only, so a company-wide
  // year holds a few thousand rows in memory, never its cases.

  private static final String CASE_FILTER =
      " c.property_code in (:properties) and c.received_at >= :start and c.received_at < :end"
          + " and (:category is null or c.category = :category)"
          + " and (:team is null or c.handling_group = :team)"
          + " and (:building is null or c.unit like :building)";

  private static final String HANDLED = "c.handled_at is not null";
  private static final String REWORKED = "c.handled_at is not null and c.rework_count > 0";
  private static final String IS_SATISFIED = "c.satisfaction in (:satisfied)";

  /**
   * A deadline is met (1) when met in time, missed (0) when breached, met late, or due and still
   * open; still running (null) otherwise.
   */
  static final String CLOCK_MET =
      "case when d.breached_at is not null then 0"
          + " when d.met_at is not null then (case when d.met_at <= d.due_at then 1 else 0 end)"
          + " when d.due_at < :now then 0 end";

  /** A complaint's severity, {@code pending} while not decided; null for other cases. */
  static final String SEVERITY =
      "case when cp.id is null then null else coalesce(cp.severity, 'pending') end";

  /** 1 when the condition holds, else 0: summed, it counts. */
  private static String flag(String condition, String as) {
    return "case when " + condition + " then 1 else 0 end as " + as;
  }

  static final String CASE_FLAGS =
      String.join(
          ", ",
          flag(HANDLED, "handled"),
          flag(REWORKED, "reworked"),
          flag("c.satisfaction is not null", "answered"),
          flag(IS_SATISFIED, "satisfied"),
          flag("c.callback_satisfied is not null", "called"),
          flag("c.callback_satisfied = true", "called_satisfied"));

  static final String CASE_SUMS =
      "count(*) as requests, sum(handled) as handled, sum(reworked) as reworked,"
          + " sum(answered) as answers, sum(satisfied) as satisfied, sum(called) as callbacks,"
          + " sum(called_satisfied) as callbacks_satisfied";

  private MapSqlParameterSource params(
      Filter filter, List<String> properties, ZoneId zone, Instant now) {
    return new MapSqlParameterSource()
        .addValue("properties", properties)
        .addValue("start", at(start(filter, zone)))
        .addValue("end", at(end(filter, zone)))
        .addValue("now", at(now))
        .addValue("satisfied", List.copyOf(SATISFIED))
        .addValue("category", filter.category(), java.sql.Types.VARCHAR)
        .addValue("team", filter.team(), java.sql.Types.VARCHAR)
        .addValue(
            "building",
            filter.building() == null ? null : filter.building() + "-%",
            java.sql.Types.VARCHAR);
  }

  private static Instant start(Filter filter, ZoneId zone) {
    return filter.from().atDay(1).atStartOfDay(zone).toInstant();
  }

  private static Instant end(Filter filter, ZoneId zone) {
    return filter.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
  }

  private List<DayCounts> days(Filter filter, ZoneId zone, MapSqlParameterSource params) {
    String day =
        LocalDays.dayNumber(
            "c.received_at", zone, start(filter, zone), end(filter, zone), "received", params);
    return jdbc.query(
        "select day_number, category, channel, severity, "
            + CASE_SUMS
            + " from (select "
            + day
            + " as day_number, c.category, c.channel, "
            + SEVERITY
            + " as severity, "
            + CASE_FLAGS
            + " from service_case c left join complaint cp on cp.case_id = c.id where"
            + CASE_FILTER
            + ") x group by day_number, category, channel, severity",
        params,
        KpiReport::dayCounts);
  }

  private static DayCounts dayCounts(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new DayCounts(
        LocalDate.ofEpochDay(rs.getLong("day_number")),
        rs.getString("category"),
        rs.getString("channel"),
        rs.getString("severity"),
        rs.getLong("requests"),
        rs.getLong("handled"),
        rs.getLong("reworked"),
        rs.getLong("answers"),
        rs.getLong("satisfied"),
        rs.getLong("callbacks"),
        rs.getLong("callbacks_satisfied"));
  }

  private List<PeopleCounts> people(MapSqlParameterSource params) {
    Map<List<String>, long[]> clocks = new LinkedHashMap<>();
    jdbc.query(
        "select property_code, handling_group, handler, sum(case when met = 1 then 1 else 0 end)"
            + " as met, sum(case when met = 0 then 1 else 0 end) as missed from (select"
            + " c.property_code, c.handling_group, c.handler, "
            + CLOCK_MET
            + " as met from deadline_clock d join service_case c on c.id = d.case_id where"
            + CASE_FILTER
            + ") x group by property_code, handling_group, handler",
        params,
        (RowCallbackHandler) rs -> putClockCounts(clocks, rs));
    return jdbc.query(
        "select property_code, handling_group, handler, "
            + CASE_SUMS
            + ", sum(closed) as closed, sum(complaint) as complaints from (select c.property_code,"
            + " c.handling_group, c.handler, "
            + CASE_FLAGS
            + ", "
            + flag("c.archived_at is not null", "closed")
            + ", "
            + flag("exists (select 1 from complaint cp where cp.case_id = c.id)", "complaint")
            + " from service_case c where"
            + CASE_FILTER
            + ") x group by property_code, handling_group, handler",
        params,
        (rs, n) -> peopleCounts(rs, clocks));
  }

  private static PeopleCounts peopleCounts(java.sql.ResultSet rs, Map<List<String>, long[]> clocks)
      throws java.sql.SQLException {
    long[] metMissed =
        clocks.getOrDefault(key(rs.getString(1), rs.getString(2), rs.getString(3)), new long[2]);
    return new PeopleCounts(
        rs.getString("property_code"),
        rs.getString("handling_group"),
        rs.getString("handler"),
        rs.getLong("requests"),
        rs.getLong("closed"),
        rs.getLong("handled"),
        rs.getLong("reworked"),
        rs.getLong("answers"),
        rs.getLong("satisfied"),
        rs.getLong("callbacks"),
        rs.getLong("callbacks_satisfied"),
        rs.getLong("complaints"),
        metMissed[0],
        metMissed[1]);
  }

  private static List<String> key(String property, String team, String handler) {
    return java.util.Arrays.asList(property, team, handler);
  }

  /** Deadlines count in the month they fell due, which may be after the period. */
  private List<ClockCounts> clocks(Filter filter, ZoneId zone, MapSqlParameterSource params) {
    String dueDay =
        LocalDays.dayNumber(
            "d.due_at",
            zone,
            start(filter, zone),
            end(filter, zone).plus(Duration.ofDays(800)),
            "due",
            params);
    return jdbc.query(
        "select rule_id, day_number, sum(case when met = 1 then 1 else 0 end) as met,"
            + " sum(case when met = 0 then 1 else 0 end) as missed from (select d.rule_id, "
            + dueDay
            + " as day_number, "
            + CLOCK_MET
            + " as met from deadline_clock d join service_case c on c.id = d.case_id where"
            + CASE_FILTER
            + ") x group by rule_id, day_number",
        params,
        KpiReport::clockCounts);
  }

  private static ClockCounts clockCounts(java.sql.ResultSet rs, int n)
      throws java.sql.SQLException {
    return new ClockCounts(
        rs.getString("rule_id"),
        YearMonth.from(LocalDate.ofEpochDay(rs.getLong("day_number"))),
        rs.getLong("met"),
        rs.getLong("missed"));
  }

  // ---- closed months, from their counts (KpiRollups) -------------------------------------------

  private static final String ROLLED_FILTER =
      " property_code in (:properties) and rollup_month in (:months)"
          + " and (:category is null or category = :category) and (:team is null or team = :team)";

  private static final String ROLLED_SUMS =
      "sum(requests) as requests, sum(handled) as handled, sum(reworked) as reworked,"
          + " sum(answers) as answers, sum(satisfied) as satisfied, sum(callbacks) as callbacks,"
          + " sum(callbacks_satisfied) as callbacks_satisfied";

  private static MapSqlParameterSource rolledParams(
      Filter filter, List<String> properties, List<YearMonth> months) {
    return new MapSqlParameterSource()
        .addValue("properties", properties)
        .addValue("months", months.stream().map(YearMonth::toString).toList())
        .addValue("category", filter.category(), java.sql.Types.VARCHAR)
        .addValue("team", filter.team(), java.sql.Types.VARCHAR);
  }

  private List<DayCounts> rolledDays(MapSqlParameterSource params) {
    return jdbc.query(
        "select day_number, category, channel, severity, "
            + ROLLED_SUMS
            + " from kpi_rollup_case where"
            + ROLLED_FILTER
            + " group by day_number, category, channel, severity",
        params,
        KpiReport::dayCounts);
  }

  private List<PeopleCounts> rolledPeople(MapSqlParameterSource params) {
    Map<List<String>, long[]> clocks = new LinkedHashMap<>();
    jdbc.query(
        "select property_code, team, handler, sum(met) as met, sum(missed) as missed"
            + " from kpi_rollup_clock where"
            + ROLLED_FILTER
            + " group by property_code, team, handler",
        params,
        (RowCallbackHandler) rs -> putClockCounts(clocks, rs));
    return jdbc.query(
        "select property_code, team as handling_group, handler, "
            + ROLLED_SUMS
            + ", sum(closed) as closed, sum(complaints) as complaints from kpi_rollup_case where"
            + ROLLED_FILTER
            + " group by property_code, team, handler",
        params,
        (rs, n) -> peopleCounts(rs, clocks));
  }

  private List<ClockCounts> rolledClocks(MapSqlParameterSource params) {
    return jdbc.query(
        "select rule_id, due_day as day_number, sum(met) as met, sum(missed) as missed"
            + " from kpi_rollup_clock where"
            + ROLLED_FILTER
            + " group by rule_id, due_day",
        params,
        KpiReport::clockCounts);
  }

  /**
   * Cases still open now, whatever month they came in, by property and how long they have been open
   * (index {@code ix_service_case_open}: only open cases).
   */
  private Map<String, Map<String, Long>> openCases(
      Filter filter, List<String> properties, Instant now) {
    MapSqlParameterSource params =
        params(filter, properties, ZoneOffset.UTC, now)
            .addValue("start", at(Instant.EPOCH))
            .addValue("end", at(now))
            .addValue("h24", at(now.minus(Duration.ofHours(24))))
            .addValue("h72", at(now.minus(Duration.ofHours(72))))
            .addValue("d7", at(now.minus(Duration.ofDays(7))))
            .addValue("d30", at(now.minus(Duration.ofDays(30))));
    Map<String, Map<String, Long>> byProperty = new LinkedHashMap<>();
    jdbc.query(
        "select property_code, age, count(*) as open_cases from (select c.property_code, case"
            + " when c.received_at > :h24 then '0-1' when c.received_at > :h72 then '1-3'"
            + " when c.received_at > :d7 then '3-7' when c.received_at > :d30 then '7-30'"
            + " else '30+' end as age from service_case c where c.archived_at is null and"
            + CASE_FILTER
            + ") x group by property_code, age",
        params,
        rs -> {
          byProperty
              .computeIfAbsent(rs.getString("property_code"), p -> zeros(AGES))
              .merge(rs.getString("age"), rs.getLong("open_cases"), Long::sum);
        });
    return byProperty;
  }

  // ---- sums ------------------------------------------------------------------------------------

  private static Totals totals(List<PeopleCounts> people, Map<String, Long> openByAge) {
    long handled = people.stream().mapToLong(PeopleCounts::handled).sum();
    long reworked = people.stream().mapToLong(PeopleCounts::reworked).sum();
    long answers = people.stream().mapToLong(PeopleCounts::answers).sum();
    long satisfied = people.stream().mapToLong(PeopleCounts::satisfied).sum();
    long met = people.stream().mapToLong(PeopleCounts::deadlinesMet).sum();
    long missed = people.stream().mapToLong(PeopleCounts::deadlinesMissed).sum();
    return new Totals(
        people.stream().mapToLong(PeopleCounts::requests).sum(),
        handled,
        reworked,
        rate(reworked, handled),
        answers,
        satisfied,
        rate(satisfied, answers),
        people.stream().mapToLong(PeopleCounts::callbacksDone).sum(),
        people.stream().mapToLong(PeopleCounts::callbacksSatisfied).sum(),
        people.stream().mapToLong(PeopleCounts::complaints).sum(),
        met,
        missed,
        rate(met, met + missed),
        openByAge.values().stream().mapToLong(Long::longValue).sum());
  }

  private static List<Day> perDay(Filter filter, List<DayCounts> counts) {
    Map<LocalDate, List<DayCounts>> byDay = new TreeMap<>();
    for (LocalDate day = filter.from().atDay(1);
        !day.isAfter(filter.to().atEndOfMonth());
        day = day.plusDays(1)) {
      byDay.put(day, new ArrayList<>());
    }
    counts.forEach(c -> byDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(c));
    List<Day> days = new ArrayList<>();
    byDay.forEach(
        (day, ofDay) -> {
          Map<String, Long> byCategory = new TreeMap<>();
          Map<String, Long> byChannel = new TreeMap<>();
          ofDay.forEach(
              c -> {
                byCategory.merge(c.category(), c.requests(), Long::sum);
                byChannel.merge(c.channel(), c.requests(), Long::sum);
              });
          days.add(
              new Day(
                  day.toString(),
                  ofDay.stream().mapToLong(DayCounts::requests).sum(),
                  byCategory,
                  byChannel));
        });
    return days;
  }

  private static List<Compliance> compliance(Filter filter, List<ClockCounts> clocks) {
    List<Compliance> rows = new ArrayList<>();
    for (String rule : RULES) {
      for (YearMonth month : months(filter)) {
        List<ClockCounts> of =
            clocks.stream().filter(c -> rule.equals(c.rule()) && month.equals(c.month())).toList();
        long met = of.stream().mapToLong(ClockCounts::met).sum();
        long missed = of.stream().mapToLong(ClockCounts::missed).sum();
        rows.add(new Compliance(rule, month.toString(), met, missed, rate(met, met + missed)));
      }
    }
    return rows;
  }

  private static List<Month> perMonth(Filter filter, List<DayCounts> days) {
    List<Month> rows = new ArrayList<>();
    for (YearMonth month : months(filter)) {
      List<DayCounts> of =
          days.stream().filter(c -> month.equals(YearMonth.from(c.day()))).toList();
      long handled = of.stream().mapToLong(DayCounts::handled).sum();
      long reworked = of.stream().mapToLong(DayCounts::reworked).sum();
      long answers = of.stream().mapToLong(DayCounts::answers).sum();
      long satisfied = of.stream().mapToLong(DayCounts::satisfied).sum();
      rows.add(
          new Month(
              month.toString(),
              of.stream().mapToLong(DayCounts::requests).sum(),
              handled,
              reworked,
              rate(reworked, handled),
              answers,
              satisfied,
              rate(satisfied, answers),
              of.stream().mapToLong(DayCounts::callbacksDone).sum(),
              of.stream().mapToLong(DayCounts::callbacksSatisfied).sum()));
    }
    return rows;
  }

  private static List<Group> groups(
      List<PeopleCounts> people, java.util.function.Function<PeopleCounts, String> key) {
    Map<String, List<PeopleCounts>> grouped = new TreeMap<>();
    people.stream()
        .filter(c -> key.apply(c) != null)
        .forEach(c -> grouped.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
    return grouped.entrySet().stream()
        .map(
            e -> {
              List<PeopleCounts> of = e.getValue();
              long answers = of.stream().mapToLong(PeopleCounts::answers).sum();
              long satisfied = of.stream().mapToLong(PeopleCounts::satisfied).sum();
              return new Group(
                  e.getKey(),
                  of.stream().mapToLong(PeopleCounts::requests).sum(),
                  of.stream().mapToLong(PeopleCounts::closed).sum(),
                  of.stream().mapToLong(PeopleCounts::reworked).sum(),
                  of.stream().mapToLong(PeopleCounts::deadlinesMissed).sum(),
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

  /** One team's and handler's met and missed deadline clocks, keyed as the per-team rows are. */
  private static void putClockCounts(Map<List<String>, long[]> clocks, java.sql.ResultSet rs)
      throws java.sql.SQLException {
    clocks.put(
        key(rs.getString(1), rs.getString(2), rs.getString(3)),
        new long[] {rs.getLong("met"), rs.getLong("missed")});
  }
}
