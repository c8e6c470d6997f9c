package com.residentdesk.audit;

import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.Coded;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.system.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What auditors (and the centre manager and quality) read: case search, the whole timeline of a
 * case, its diagrams, missed deadlines, who did what, and exports, within the properties the reader
 * may see: the company's auditors and quality every one, a centre manager theirs; {@code property}
 * narrows them to one, and without it the figures add up across them. Everything is read-only, and
 * every read is itself recorded.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final int MAX_PAGE_SIZE = 200;
  private static final int MAX_EXPORT = 10_000;

  private final AuditQueries queries;
  private final CaseTimeline timeline;
  private final AuditExports exports;
  private final AuditReadLog readLog;
  private final PropertyAccess access;

  public AuditController(
      AuditQueries queries,
      CaseTimeline timeline,
      AuditExports exports,
      AuditReadLog readLog,
      PropertyAccess access) {
    this.queries = queries;
    this.timeline = timeline;
    this.exports = exports;
    this.readLog = readLog;
    this.access = access;
  }

  public record ProcessView(
      String processInstanceId,
      String processDefinitionKey,
      String processDefinitionName,
      Instant startTime,
      Instant endTime) {}

  public record CaseStory(
      String caseNumber,
      String property,
      String category,
      String unit,
      String status,
      Instant receivedAt,
      Instant archivedAt,
      List<ProcessView> processes,
      List<TimelineEntry> entries) {}

  public record Rows<T>(List<T> items, Integer page, Integer size, Long totalItems) {}

  /**
   * 204 for those who may use the audit pages, 403 for the others (the security rule of
   * /api/audit/** decides): the Welcome page shows its link to the auditor page only to them.
   */
  @Operation(summary = "Whether the caller may use the audit pages (204) or not (403)")
  @GetMapping("/access")
  public ResponseEntity<Void> access() {
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Search cases; missedDeadline=true finds cases with a breach")
  @GetMapping("/cases")
  public Rows<AuditQueries.CaseRow> search(
      @RequestParam(required = false) String property,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) Boolean missedDeadline,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication reader) {
    if (page < 0) {
      throw new InvalidFieldException("page", "problem.page.min");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidFieldException("size", "problem.size.range", MAX_PAGE_SIZE);
    }
    Page<AuditQueries.CaseRow> found =
        queries.search(
            filter(property, reader, number, unit, category, status, from, to, missedDeadline),
            page,
            size);
    readLog.record(reader.getName(), "search cases", null);
    return new Rows<>(found.getContent(), page, size, found.getTotalElements());
  }

  @Operation(summary = "Search results as CSV")
  @GetMapping("/cases.csv")
  public ResponseEntity<String> searchCsv(
      @RequestParam(required = false) String property,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) Boolean missedDeadline,
      Authentication reader,
      Locale locale) {
    List<AuditQueries.CaseRow> rows =
        queries
            .search(
                filter(property, reader, number, unit, category, status, from, to, missedDeadline),
                0,
                MAX_EXPORT)
            .getContent();
    readLog.record(reader.getName(), "export search as CSV", null);
    return download(exports.casesCsv(rows, locale), CSV, "cases.csv");
  }

  @Operation(summary = "The complete story of a case, open or closed, across every process it ran")
  @GetMapping("/cases/{caseNumber}")
  public CaseStory story(@PathVariable String caseNumber, Authentication reader, Locale locale) {
    ServiceCase c = queries.caseNumbered(caseNumber, access.visibleTo(reader));
    readLog.record(reader.getName(), "case timeline", caseNumber);
    List<ProcessView> processes =
        timeline.processesOf(caseNumber).stream().map(AuditController::view).toList();
    return new CaseStory(
        c.getCaseNumber(),
        c.getPropertyCode(),
        c.getRequest().category(),
        c.getRequest().unit(),
        c.getStatus().name(),
        c.getReceivedAt(),
        c.getArchivedAt(),
        processes,
        timeline.of(c, locale));
  }

  @Operation(summary = "A case's timeline as CSV")
  @GetMapping("/cases/{caseNumber}/timeline.csv")
  public ResponseEntity<String> storyCsv(
      @PathVariable String caseNumber, Authentication reader, Locale locale) {
    ServiceCase c = queries.caseNumbered(caseNumber, access.visibleTo(reader));
    readLog.record(reader.getName(), "export timeline as CSV", caseNumber);
    return download(
        exports.timelineCsv(c, timeline.of(c, locale), locale), CSV, caseNumber + "-timeline.csv");
  }

  @Operation(summary = "A case as a printable PDF report")
  @GetMapping("/cases/{caseNumber}.pdf")
  public ResponseEntity<byte[]> storyPdf(
      @PathVariable String caseNumber, Authentication reader, Locale locale) {
    ServiceCase c = queries.caseNumbered(caseNumber, access.visibleTo(reader));
    readLog.record(reader.getName(), "export case as PDF", caseNumber);
    return download(
        exports.casePdf(c, timeline.of(c, locale), locale),
        MediaType.APPLICATION_PDF,
        caseNumber + ".pdf");
  }

  @Operation(summary = "A process instance's model with the path it took")
  @GetMapping("/processes/{processInstanceId}/diagram")
  public AuditQueries.Diagram diagram(
      @PathVariable String processInstanceId, Authentication reader) {
    AuditQueries.Diagram diagram = queries.diagram(processInstanceId, access.visibleTo(reader));
    readLog.record(reader.getName(), "process diagram " + processInstanceId, null);
    return diagram;
  }

  @Operation(summary = "Missed deadlines by rule, escalation group and month, with case numbers")
  @GetMapping("/breaches")
  public Rows<AuditQueries.BreachGroup> breaches(
      @RequestParam(required = false) String property,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) String group,
      Authentication reader) {
    YearMonth yearMonth = null;
    if (month != null) {
      try {
        yearMonth = YearMonth.parse(month);
      } catch (DateTimeParseException e) {
        throw new InvalidFieldException("month", "problem.month.format");
      }
    }
    readLog.record(reader.getName(), "missed deadlines", null);
    List<AuditQueries.BreachGroup> items =
        queries.breaches(access.filter(property, reader), yearMonth, rule, group);
    return new Rows<>(items, null, null, (long) items.size());
  }

  @Operation(summary = "Who did what: engine operations and the desk's own actions")
  @GetMapping("/operations")
  public Rows<AuditQueries.Operation> operations(
      @RequestParam(required = false) String property,
      @RequestParam(required = false) String user,
      @RequestParam(name = "case", required = false) String caseNumber,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      Authentication reader) {
    readLog.record(reader.getName(), "operations", caseNumber);
    List<AuditQueries.Operation> items =
        queries.operations(access.filter(property, reader), user, caseNumber, from, to);
    return new Rows<>(items, null, null, (long) items.size());
  }

  private AuditQueries.Filter filter(
      String property,
      Authentication reader,
      String number,
      String unit,
      String category,
      CaseStatus status,
      LocalDate from,
      LocalDate to,
      Boolean missed) {
    if (category != null && Coded.fromCode(Category.class, category).isEmpty()) {
      throw new InvalidFieldException(
          "category", "problem.field.one-of", String.join(", ", Coded.codes(Category.class)));
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidFieldException("to", "problem.to.before-from");
    }
    return new AuditQueries.Filter(
        access.filter(property, reader),
        blank(number),
        blank(unit),
        category,
        status,
        from,
        to,
        missed);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static ProcessView view(HistoricProcessInstance p) {
    return new ProcessView(
        p.getId(),
        p.getProcessDefinitionKey(),
        p.getProcessDefinitionName(),
        p.getStartTime().toInstant(),
        p.getEndTime() == null ? null : p.getEndTime().toInstant());
  }

  private static <T> ResponseEntity<T> download(T body, MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .body(body);
  }
}
