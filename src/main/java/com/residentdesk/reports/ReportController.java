package com.residentdesk.reports;

import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.Coded;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The KPI dashboard's figures (QA-01, SVC-02) as JSON and CSV, for the centre manager, the
 * customer-service head, quality and the auditors ({@link StaffGroups#READ_REPORTS}); each reads
 * the properties they work for, the company's departments every property, added up.
 */
@Tag(name = "Reports")
@RestController
@RequestMapping("/api/reports")
public class ReportController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.-]{1,64}");

  /** What the dashboard's filters offer the reader. */
  public record Choices(
      List<Choice> properties,
      List<String> categories,
      List<String> teams,
      List<String> buildings,
      String timeZone,
      String currentMonth) {}

  public record Choice(String code, String name) {}

  /** One month's evaluation of one property, as the API shows it. */
  public record EvaluationView(
      long id,
      String property,
      String month,
      java.time.Instant openedAt,
      java.time.Instant dueAt,
      String analysis,
      String preventiveMeasures,
      String writtenBy,
      java.time.Instant writtenAt,
      String approvedBy,
      java.time.Instant approvedAt,
      String approvalNote,
      int revisions,
      String chaseNote,
      java.time.Instant filedAt,
      java.time.LocalDate keepUntil,
      MonthlyEvaluations.ReportFigures figures,
      List<MonthlyEvaluations.Recurring> recurringProblems) {}

  private final KpiReport report;
  private final KpiExport export;
  private final SurveyReport surveys;
  private final MonthlyEvaluations evaluations;
  private final EvaluationPdf pdf;
  private final PropertyAccess access;
  private final PropertyDirectory directory;
  private final NamedParameterJdbcTemplate jdbc;
  private final com.residentdesk.system.DeskClock clock;

  public ReportController(
      KpiReport report,
      KpiExport export,
      SurveyReport surveys,
      MonthlyEvaluations evaluations,
      EvaluationPdf pdf,
      PropertyAccess access,
      PropertyDirectory directory,
      NamedParameterJdbcTemplate jdbc,
      com.residentdesk.system.DeskClock clock) {
    this.report = report;
    this.export = export;
    this.surveys = surveys;
    this.evaluations = evaluations;
    this.pdf = pdf;
    this.access = access;
    this.directory = directory;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Operation(
      summary =
          "KPI figures (QA-01, SVC-02) for the months from..to (YYYY-MM, at most 24): requests per"
              + " day by category and channel, deadline compliance per rule and month, rework and"
              + " satisfaction against their targets, callbacks, complaints by severity, open cases"
              + " by age, per team and per handler; the caller's properties (or one) added up")
  @GetMapping("/kpi")
  public KpiReport.Figures kpi(
      @RequestParam YearMonth from,
      @RequestParam YearMonth to,
      @RequestParam(required = false) String property,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String team,
      @RequestParam(required = false) String building,
      Authentication reader) {
    return report.of(filter(from, to, property, category, team, building, reader));
  }

  @Operation(summary = "The same KPI figures as CSV (UTF-8 with BOM, for Excel)")
  @GetMapping("/kpi.csv")
  public ResponseEntity<String> kpiCsv(
      @RequestParam YearMonth from,
      @RequestParam YearMonth to,
      @RequestParam(required = false) String property,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String team,
      @RequestParam(required = false) String building,
      Authentication reader,
      Locale locale) {
    KpiReport.Figures figures =
        report.of(filter(from, to, property, category, team, building, reader));
    return csv("kpi-" + from + "-" + to, export.csv(figures, locale));
  }

  @Operation(
      summary =
          "Satisfaction-survey figures (QA-04, QA-05) of the campaigns that opened in the months"
              + " from..to: questionnaires sent and answered, the return rate against its minimum,"
              + " each service's satisfaction against the 95 % target; the caller's properties (or"
              + " one) added up")
  @GetMapping("/surveys")
  public SurveyReport.Figures surveys(
      @RequestParam YearMonth from,
      @RequestParam YearMonth to,
      @RequestParam(required = false) String property,
      Authentication reader) {
    checkRange(from, to);
    return surveys.of(from, to, access.filter(property, reader));
  }

  @Operation(summary = "The same survey figures as CSV (UTF-8 with BOM, for Excel)")
  @GetMapping("/surveys.csv")
  public ResponseEntity<String> surveysCsv(
      @RequestParam YearMonth from,
      @RequestParam YearMonth to,
      @RequestParam(required = false) String property,
      Authentication reader,
      Locale locale) {
    SurveyReport.Figures figures = surveys(from, to, property, reader);
    return csv("surveys-" + from + "-" + to, export.csv(figures, locale));
  }

  @Operation(
      summary = "What the dashboard's filters offer: the caller's properties, teams, buildings")
  @GetMapping("/kpi/choices")
  public Choices choices(Authentication reader) {
    List<String> visible = access.visibleTo(reader);
    MapSqlParameterSource params = new MapSqlParameterSource("codes", visible);
    List<String> teams =
        visible.isEmpty()
            ? List.of()
            : jdbc.queryForList(
                "select distinct handling_group from service_case where property_code in (:codes)"
                    + " and handling_group is not null order by handling_group",
                params,
                String.class);
    // the buildings of the regions and of the registered households ("3-1201" is building 3)
    java.util.SortedSet<String> buildings = new java.util.TreeSet<>();
    if (!visible.isEmpty()) {
      buildings.addAll(
          jdbc.queryForList(
              "select distinct building from building_region where property_code in (:codes)",
              params,
              String.class));
      jdbc
          .queryForList(
              "select distinct unit from household where property_code in (:codes)",
              params,
              String.class)
          .stream()
          .filter(unit -> unit.indexOf('-') > 0)
          .forEach(unit -> buildings.add(unit.substring(0, unit.indexOf('-'))));
    }
    String zone =
        visible.size() == 1
            ? directory.zoneOf(visible.get(0)).getId()
            : directory.companyZone().getId();
    return new Choices(
        visible.stream().map(code -> new Choice(code, directory.get(code).name())).toList(),
        Arrays.stream(Category.values()).map(Coded::code).toList(),
        teams,
        List.copyOf(buildings),
        zone,
        YearMonth.from(clock.nowIn(directory.companyZone())).toString());
  }

  @Operation(
      summary =
          "The monthly evaluations (QA-01, CMP-08) of the caller's properties (or one), newest"
              + " first, without their figures")
  @GetMapping("/evaluations")
  public List<EvaluationView> evaluations(
      @RequestParam(required = false) String property, Authentication reader) {
    return evaluations.of(access.filter(property, reader)).stream()
        .map(e -> view(e, false))
        .toList();
  }

  @Operation(summary = "One monthly evaluation with its figures and recurring problems")
  @GetMapping("/evaluations/{id}")
  public EvaluationView evaluation(@PathVariable long id, Authentication reader) {
    return view(visible(id, reader), true);
  }

  @Operation(summary = "The monthly evaluation's report as PDF (what is filed, QA-06)")
  @GetMapping("/evaluations/{id}.pdf")
  public ResponseEntity<byte[]> evaluationPdf(@PathVariable long id, Authentication reader) {
    MonthlyEvaluation e = visible(id, reader);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"evaluation-"
                + e.getPropertyCode()
                + "-"
                + e.getEvaluatedMonth()
                + ".pdf\"")
        .body(pdf.of(e));
  }

  private MonthlyEvaluation visible(long id, Authentication reader) {
    MonthlyEvaluation e;
    try {
      e = evaluations.get(id);
    } catch (com.residentdesk.system.NotFoundException missing) {
      throw missing;
    }
    access.requireVisible(e.getPropertyCode(), reader, "problem.evaluation.none", id);
    return e;
  }

  private EvaluationView view(MonthlyEvaluation e, boolean whole) {
    return new EvaluationView(
        e.getId(),
        e.getPropertyCode(),
        e.getEvaluatedMonth(),
        e.getOpenedAt(),
        e.getDueAt(),
        e.getAnalysis(),
        e.getPreventiveMeasures(),
        e.getWrittenBy(),
        e.getWrittenAt(),
        e.getApprovedBy(),
        e.getApprovedAt(),
        e.getApprovalNote(),
        e.getRevisions(),
        e.getChaseNote(),
        e.getFiledAt(),
        e.getKeepUntil(),
        whole ? evaluations.readFigures(e) : null,
        whole ? evaluations.readRecurring(e) : null);
  }

  private KpiReport.Filter filter(
      YearMonth from,
      YearMonth to,
      String property,
      String category,
      String team,
      String building,
      Authentication reader) {
    checkRange(from, to);
    String categoryCode = blankToNull(category);
    if (categoryCode != null
        && Arrays.stream(Category.values()).noneMatch(c -> c.code().equals(categoryCode))) {
      throw new InvalidFieldException(
          "category",
          "problem.field.one-of",
          Arrays.stream(Category.values()).map(Coded::code).toList());
    }
    return new KpiReport.Filter(
        from,
        to,
        access.filter(property, reader),
        categoryCode,
        name("team", team),
        name("building", building));
  }

  /** A CSV download named {@code <name>.csv}. */
  private static ResponseEntity<String> csv(String name, String body) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
        .body(body);
  }

  private static void checkRange(YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new InvalidFieldException("to", "problem.to.before-from");
    }
    if (from.plusMonths(KpiReport.MAX_MONTHS - 1L).isBefore(to)) {
      throw new InvalidFieldException("to", "problem.months.range", KpiReport.MAX_MONTHS);
    }
  }

  private static String name(String field, String value) {
    String v = blankToNull(value);
    if (v != null && !NAME.matcher(v).matches()) {
      throw new InvalidFieldException(field, "problem.field.valid-value");
    }
    return v;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
