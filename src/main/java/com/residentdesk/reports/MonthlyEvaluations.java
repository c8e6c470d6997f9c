package com.residentdesk.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.residentdesk.complaint.ComplaintReport;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.property.PropertyPeriods;
import com.residentdesk.specialservice.SpecialServiceFigures;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly evaluations (QA-01, QA-06, QA-07, CMP-08): opens one per property for the month just
 * ended, pre-filled with the month's figures and the recurring problems, records the analysis and
 * the approval, files it. Exposed to the models as {@code monthlyEvaluations}.
 */
@Service("monthlyEvaluations")
public class MonthlyEvaluations {

  /** A recurring problem (QA-07): the same place and category this often in the window. */
  public record Recurring(String where, String place, String category, long count) {}

  /**
   * What a report holds beyond the dashboard's figures: the CMP-08 complaint statistics and the
   * month's special services (SVC-02, SVC-10; null in reports opened before they were added).
   */
  public record ReportFigures(
      KpiReport.Figures kpi,
      ComplaintReport.Figures complaints,
      SpecialServiceFigures.Figures specialServices) {}

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final MonthlyEvaluationRepository evaluations;
  private final KpiReport kpi;
  private final ComplaintReport complaints;
  private final SpecialServiceFigures specialServices;
  private final PropertyDirectory directory;
  private final PropertyPeriods periods;
  private final NamedParameterJdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final DeskClock clock;
  private final org.springframework.context.MessageSource messages;
  private final int recurringCount;
  private final int recurringDays;
  private final int dueDay;
  private final int keepYears;
  private final java.time.Duration chaseEvery;

  public MonthlyEvaluations(
      MonthlyEvaluationRepository evaluations,
      KpiReport kpi,
      ComplaintReport complaints,
      SpecialServiceFigures specialServices,
      PropertyDirectory directory,
      PropertyPeriods periods,
      NamedParameterJdbcTemplate jdbc,
      RuntimeService runtime,
      HistoryService history,
      DeskClock clock,
      org.springframework.context.MessageSource messages,
      @Value("${desk.reports.recurring-count:3}") int recurringCount,
      @Value("${desk.reports.recurring-days:90}") int recurringDays,
      @Value("${desk.reports.evaluation-due-day:5}") int dueDay,
      @Value("${desk.reports.keep-years:2}") int keepYears,
      @Value("${desk.reports.evaluation-chase-every:P1D}") java.time.Duration chaseEvery) {
    this.evaluations = evaluations;
    this.kpi = kpi;
    this.complaints = complaints;
    this.specialServices = specialServices;
    this.directory = directory;
    this.periods = periods;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.history = history;
    this.clock = clock;
    this.messages = messages;
    this.recurringCount = recurringCount;
    this.recurringDays = recurringDays;
    this.dueDay = dueDay;
    this.keepYears = keepYears;
    this.chaseEvery = chaseEvery;
  }

  /** "房号 3-1201：报修 3 次", as staff read it. */
  String describe(Recurring r) {
    String where =
        switch (r.where()) {
          case "unit" -> "房号";
          case "building" -> "楼栋";
          default -> "地点";
        };
    String category =
        messages.getMessage(
            "audit.category." + r.category(), null, r.category(), java.util.Locale.CHINESE);
    return where + " " + r.place() + "：" + category + " " + r.count() + " 次";
  }

  int recurringCount() {
    return recurringCount;
  }

  int recurringDays() {
    return recurringDays;
  }

  /** The hour of the 1st at which a property's evaluation opens, in its own time zone. */
  static final int OPENING_HOUR = 1;

  /**
   * QA-01: opens, at every property where it is now between 01:00 on the 1st and the end of the due
   * day in the property's own time zone, the evaluation of the month just ended there (when it has
   * none yet). The schedule's timer calls this every quarter of an hour, so a property in another
   * zone than the company's gets its evaluation at its own 01:00, and one missed while the server
   * was stopped is opened when it looks next. Returns the properties opened.
   */
  public List<String> openDue() {
    List<String> opened = new ArrayList<>();
    periods
        .begun(PropertyPeriods.Period.MONTH, OPENING_HOUR, dueDay)
        .forEach(
            (property, first) ->
                opened.addAll(open(List.of(property), YearMonth.from(first).minusMonths(1))));
    return opened;
  }

  /**
   * Starts the month's evaluation of each of the properties that has none yet (a timer fired twice,
   * or a restart, opens nothing twice). Returns the properties opened.
   */
  private List<String> open(List<String> properties, YearMonth month) {
    List<String> opened = new ArrayList<>();
    for (String property : properties) {
      String key = MonthlyEvaluationProcess.businessKey(property, month.toString());
      boolean exists =
          history
                  .createHistoricProcessInstanceQuery()
                  .processDefinitionKey(MonthlyEvaluationProcess.KEY)
                  .processInstanceBusinessKey(key)
                  .count()
              > 0;
      if (!exists) {
        runtime.startProcessInstanceByKey(
            MonthlyEvaluationProcess.KEY,
            key,
            Map.of(
                com.residentdesk.casefile.CaseVariables.PROPERTY.name(),
                property,
                MonthlyEvaluationProcess.Var.MONTH.name(),
                month.toString()));
        opened.add(property);
      }
    }
    return opened;
  }

  /** Opens the record, pre-filled; returns its id. */
  @Transactional
  public long prepare(String property, YearMonth month) {
    return evaluations
        .findByPropertyCodeAndEvaluatedMonth(property, month.toString())
        .map(MonthlyEvaluation::getId)
        .orElseGet(
            () ->
                evaluations
                    .save(
                        new MonthlyEvaluation(
                            property,
                            month.toString(),
                            clock.now(),
                            dueAt(property, month),
                            json(figures(property, month)),
                            json(recurring(property, month))))
                    .getId());
  }

  /** The end of the due day (the 5th) of the next month, in the property's time zone. */
  Instant dueAt(String property, YearMonth month) {
    ZoneId zone = directory.zoneOf(property);
    return month.plusMonths(1).atDay(dueDay).plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** For the model: when the analysis is due. */
  public Date due(Long evaluationId) {
    return Date.from(get(evaluationId).getDueAt());
  }

  /**
   * For the model: QA-01, the late analysis is escalated to the centre manager when the 5th has
   * ended and again every {@code evaluation-chase-every} (a day) until it is written.
   */
  public String overdueCycle(Long evaluationId) {
    return com.residentdesk.system.EscalationCycle.of(get(evaluationId).getDueAt(), chaseEvery);
  }

  ReportFigures figures(String property, YearMonth month) {
    return new ReportFigures(
        kpi.of(new KpiReport.Filter(month, month, List.of(property), null, null, null)),
        complaints.of(month, List.of(property)),
        specialServices.of(property, month));
  }

  /**
   * QA-07: the same unit, building or location with the same category {@code recurring-count} times
   * or more in the {@code recurring-days} days up to the month's end.
   */
  List<Recurring> recurring(String property, YearMonth month) {
    ZoneId zone = directory.zoneOf(property);
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    Instant start = end.minus(java.time.Duration.ofDays(recurringDays));
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("property", property)
            .addValue("start", OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
            .addValue("end", OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
    List<String[]> rows =
        jdbc.query(
            "select unit, location, category from service_case where property_code = :property"
                + " and received_at >= :start and received_at < :end",
            params,
            (rs, n) ->
                new String[] {rs.getString("unit"), rs.getString("location"), rs.getString(3)});
    Map<List<String>, Long> counts = new LinkedHashMap<>();
    for (String[] row : rows) {
      String building = row[0].contains("-") ? row[0].substring(0, row[0].indexOf('-')) : null;
      counts.merge(List.of("unit", row[0], row[2]), 1L, Long::sum);
      if (building != null) {
        counts.merge(List.of("building", building, row[2]), 1L, Long::sum);
      }
      counts.merge(List.of("location", row[1].trim(), row[2]), 1L, Long::sum);
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= recurringCount)
        .map(
            e ->
                new Recurring(
                    e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()))
        .sorted(
            java.util.Comparator.comparingLong(Recurring::count)
                .reversed()
                .thenComparing(Recurring::where)
                .thenComparing(Recurring::place))
        .toList();
  }

  @Transactional
  public void write(long id, String analysis, String measures, String by) {
    get(id).write(analysis, measures, by, clock.now());
  }

  @Transactional
  public void decide(long id, boolean approve, String note, String by) {
    get(id).decide(approve, note, by, clock.now());
  }

  /** QA-01: the late analysis was escalated (again), now. */
  @Transactional
  public void escalated(long id) {
    get(id).escalated(clock.now());
  }

  /** QA-01: what the centre manager agreed when the analysis was late. */
  @Transactional
  public void chased(long id, String note, String by) {
    get(id).chased(by + ": " + note);
  }

  /** QA-06: filed, and kept at least two years from the month's end. */
  @Transactional
  public void file(long id) {
    MonthlyEvaluation evaluation = get(id);
    LocalDate monthEnd = YearMonth.parse(evaluation.getEvaluatedMonth()).atEndOfMonth();
    evaluation.file(clock.now(), monthEnd.plusYears(keepYears));
  }

  @Transactional(readOnly = true)
  public MonthlyEvaluation get(long id) {
    return evaluations
        .findById(id)
        .orElseThrow(() -> new NotFoundException("problem.evaluation.none", id));
  }

  @Transactional(readOnly = true)
  public List<MonthlyEvaluation> of(List<String> properties) {
    return properties.isEmpty()
        ? List.of()
        : evaluations.findByPropertyCodeInOrderByEvaluatedMonthDescPropertyCodeAsc(properties);
  }

  ReportFigures readFigures(MonthlyEvaluation evaluation) {
    try {
      return JSON.readValue(evaluation.getFigures(), ReportFigures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Recurring> readRecurring(MonthlyEvaluation evaluation) {
    try {
      return List.of(JSON.readValue(evaluation.getRecurringProblems(), Recurring[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
