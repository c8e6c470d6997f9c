package com.residentdesk.intake;

import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.Coded;
import com.residentdesk.system.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The channel integrations' door (INT-01..04) and the read side of the case file. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final int MAX_PAGE_SIZE = 100;

  private final IntakeService intake;
  private final CaseQueries queries;

  public CaseController(IntakeService intake, CaseQueries queries) {
    this.intake = intake;
    this.queries = queries;
  }

  @Operation(
      summary = "Register a resident's request; a repeated Idempotency-Key returns the same case")
  @PostMapping
  public ResponseEntity<CaseView> register(
      @Valid @RequestBody NewCaseRequest request,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      Authentication user) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
      throw new InvalidFieldException(IDEMPOTENCY_KEY, "problem.idempotency-key.length");
    }
    IntakeService.Submission submission;
    try {
      submission = intake.submit(request, idempotencyKey);
    } catch (DataIntegrityViolationException concurrentTwin) {
      // a simultaneous retry with the same key committed first: answer with its case
      submission = intake.replay(idempotencyKey, request).orElseThrow(() -> concurrentTwin);
    }
    String number = submission.serviceCase().getCaseNumber();
    return ResponseEntity.created(URI.create("/api/cases/" + number))
        .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
        .body(submission.view());
  }

  @Operation(
      summary =
          "INT-03: a request a staff member took verbally anywhere (on patrol, on a visit, by"
              + " phone) is registered at once; channel patrol, phone or walk-in")
  @PostMapping("/verbal")
  public ResponseEntity<CaseView> registerVerbal(
      @Valid @RequestBody NewCaseRequest request, Authentication user) {
    IntakeService.Submission submission = intake.submitVerbal(request, user.getName());
    String number = submission.serviceCase().getCaseNumber();
    return ResponseEntity.created(URI.create("/api/cases/" + number)).body(submission.view());
  }

  @Operation(summary = "A case with its deadlines")
  @GetMapping("/{caseNumber}")
  public CaseView get(@PathVariable String caseNumber, Authentication user) {
    return queries.view(caseNumber, user);
  }

  @Operation(summary = "The case's handling sheet: who did what, when")
  @GetMapping("/{caseNumber}/events")
  public List<SheetEntry> events(@PathVariable String caseNumber, Authentication user) {
    return queries.sheet(caseNumber, user);
  }

  @Operation(
      summary =
          "Cases of the caller's properties (or one), newest first, filtered by status, category"
              + " and date of receipt")
  @GetMapping
  public PageView<CaseSummary> search(
      @RequestParam(required = false) String property,
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication user) {
    if (category != null && Coded.fromCode(Category.class, category).isEmpty()) {
      throw new InvalidFieldException(
          "category", "problem.field.one-of", String.join(", ", Coded.codes(Category.class)));
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidFieldException("to", "problem.to.before-from");
    }
    if (page < 0) {
      throw new InvalidFieldException("page", "problem.page.min");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidFieldException("size", "problem.size.range", MAX_PAGE_SIZE);
    }
    Page<CaseSummary> result =
        queries.search(
            new CaseQueries.Filter(property, status, category, from, to), page, size, user);
    return new PageView<>(result.getContent(), page, size, result.getTotalElements());
  }

  public record PageView<T>(List<T> items, int page, int size, long totalItems) {}
}
