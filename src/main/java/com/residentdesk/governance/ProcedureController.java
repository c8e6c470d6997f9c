package com.residentdesk.governance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.residentdesk.audit.AuditReadLog;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record of GOV-01 and GOV-02, read-only: the procedures with their last change and next
 * review, every change (who proposed, approved or rejected it, when, why, what changed in words,
 * the deployments), the files as proposed, and every review with the participants' views. For
 * auditors, the centre manager, quality and process owners; each read is recorded like any audit
 * read.
 */
@RestController
@RequestMapping("/api/procedures")
public class ProcedureController {

  private final GovernedProcedureRepository register;
  private final ProcedureChangeRepository changes;
  private final PendingProcedureRepository pending;
  private final ProcedureReviewRepository reviews;
  private final ChangeTexts texts;
  private final DeskClock clock;
  private final AuditReadLog readLog;

  ProcedureController(
      GovernedProcedureRepository register,
      ProcedureChangeRepository changes,
      PendingProcedureRepository pending,
      ProcedureReviewRepository reviews,
      ChangeTexts texts,
      DeskClock clock,
      AuditReadLog readLog) {
    this.register = register;
    this.changes = changes;
    this.pending = pending;
    this.reviews = reviews;
    this.texts = texts;
    this.clock = clock;
    this.readLog = readLog;
  }

  public record ProcedureView(
      String procedure,
      String key,
      String tenantId,
      String kind,
      String name,
      Instant lastChangedAt,
      Long lastChangeId,
      Instant lastReviewedAt,
      Instant reviewDueAt,
      Long pendingChangeId) {}

  /** One difference, as data and in words of the reader's language. */
  public record ChangeView(
      String procedure,
      String type,
      String element,
      String subject,
      String aspect,
      String before,
      String after,
      String text) {}

  public record FileView(Long id, String resourceName, String submittedName, String href) {}

  public record ProcedureChangeView(
      Long id,
      String tenantId,
      String origin,
      String status,
      String reason,
      List<String> procedures,
      String proposedBy,
      Instant proposedAt,
      String decidedBy,
      Instant decidedAt,
      String decisionNote,
      List<ChangeView> changes,
      List<String> baseDeploymentIds,
      String deploymentId,
      List<ProcedureDeployments.MigrationCheck> migrationCheck,
      boolean migrateCases,
      List<ProcedureApprovals.MigrationOutcome> migrationResult,
      String processInstanceId,
      List<FileView> files) {}

  public record ViewView(String groupId, String givenBy, Instant givenAt, String text) {}

  public record ReviewRecord(
      Long id,
      String procedure,
      String tenantId,
      Instant dueAt,
      Instant openedAt,
      String reviewedBy,
      Instant reviewedAt,
      String result,
      String notes,
      List<ViewView> views,
      String revisedBy,
      Instant revisedAt,
      String revisionNote,
      String processInstanceId) {}

  @Operation(summary = "The procedures: last approved change, last review, next review due")
  @GetMapping
  @Transactional(readOnly = true)
  public List<ProcedureView> procedures(Authentication reader) {
    Map<String, Long> claimed =
        pending.findAll().stream()
            .collect(
                Collectors.toMap(PendingProcedure::getProcedureRef, PendingProcedure::getChangeId));
    readLog.record(reader.getName(), "procedures", null);
    return register.findAllByOrderByProcedureRef().stream()
        .map(
            p ->
                new ProcedureView(
                    p.getProcedureRef(),
                    p.getProcedureKey(),
                    p.getTenantId(),
                    p.getKind().name(),
                    p.getName(),
                    p.getLastChangedAt(),
                    p.getLastChangeId(),
                    p.getLastReviewedAt(),
                    p.getReviewDueAt(),
                    claimed.get(p.getProcedureRef())))
        .toList();
  }

  @Operation(
      summary = "Procedure changes, newest first (GOV-01)",
      description =
          "status: PENDING, APPROVED or REJECTED; procedure: a process or decision key;"
              + " from/to: days of the proposal in the property's time zone")
  @GetMapping("/changes")
  @Transactional(readOnly = true)
  public List<ProcedureChangeView> changes(
      @RequestParam(required = false) ProcedureChange.Status status,
      @RequestParam(required = false) String procedure,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      Authentication reader,
      Locale locale) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidFieldException("to", "problem.to.before-from");
    }
    readLog.record(reader.getName(), "procedure changes", null);
    return changes
        .search(
            status,
            procedure == null || procedure.isBlank() ? null : procedure.strip(),
            from == null ? null : from.atStartOfDay(clock.nowInCompanyZone().getZone()).toInstant(),
            to == null
                ? null
                : to.plusDays(1).atStartOfDay(clock.nowInCompanyZone().getZone()).toInstant())
        .stream()
        .map(change -> view(change, locale))
        .toList();
  }

  @Operation(summary = "One procedure change with what changed, its decision and deployments")
  @GetMapping("/changes/{id}")
  @Transactional(readOnly = true)
  public ProcedureChangeView change(@PathVariable long id, Authentication reader, Locale locale) {
    ProcedureChange change = find(id);
    readLog.record(reader.getName(), "procedure change " + id, null);
    return view(change, locale);
  }

  @Operation(summary = "A file of a change as it was proposed (open it in Camunda Modeler)")
  @GetMapping("/changes/{id}/files/{fileId}")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> file(
      @PathVariable long id, @PathVariable long fileId, Authentication reader) {
    ProcedureChangeFile file =
        find(id).getFiles().stream()
            .filter(f -> f.getId() == fileId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("governance.file.none", id, fileId));
    readLog.record(reader.getName(), "procedure change " + id + " file " + fileId, null);
    MediaType type =
        file.getSubmittedName().endsWith(".form")
            ? MediaType.APPLICATION_JSON
            : MediaType.APPLICATION_XML;
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.getSubmittedName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(file.getContent());
  }

  @Operation(
      summary = "Yearly reviews, newest first (GOV-02); procedure: a process or decision key")
  @GetMapping("/reviews")
  @Transactional(readOnly = true)
  public List<ReviewRecord> reviews(
      @RequestParam(required = false) String procedure, Authentication reader) {
    readLog.record(reader.getName(), "procedure reviews", null);
    List<ProcedureReview> found =
        procedure == null || procedure.isBlank()
            ? reviews.findAllByOrderByOpenedAtDescIdDesc()
            : reviews.findByProcedureRefOrderByOpenedAtDescIdDesc(procedure.strip());
    return found.stream().map(ProcedureController::view).toList();
  }

  private ProcedureChange find(long id) {
    return changes
        .findById(id)
        .orElseThrow(() -> new NotFoundException("governance.change.none", id));
  }

  private ProcedureChangeView view(ProcedureChange change, Locale locale) {
    Function<Change, ChangeView> words =
        c ->
            new ChangeView(
                c.procedure(),
                c.type(),
                c.element(),
                c.subject(),
                c.aspect(),
                c.before(),
                c.after(),
                texts.render(c, locale));
    return new ProcedureChangeView(
        change.getId(),
        change.getTenantId(),
        change.getOrigin().name(),
        change.getStatus().name(),
        change.getReason(),
        change.getProcedures(),
        change.getProposedBy(),
        change.getProposedAt(),
        change.getDecidedBy(),
        change.getDecidedAt(),
        change.getDecisionNote(),
        change.getChanges().stream().map(words).toList(),
        change.getBaseDeploymentIds(),
        change.getDeploymentId(),
        change.getMigrationCheck(),
        change.isMigrateCases(),
        JsonColumn.read(change.getMigrationResult(), new TypeReference<>() {}),
        change.getProcessInstanceId(),
        change.getFiles().stream()
            .map(
                f ->
                    new FileView(
                        f.getId(),
                        f.getResourceName(),
                        f.getSubmittedName(),
                        "/api/procedures/changes/" + change.getId() + "/files/" + f.getId()))
            .toList());
  }

  private static ReviewRecord view(ProcedureReview review) {
    return new ReviewRecord(
        review.getId(),
        review.getProcedureRef(),
        review.getTenantId(),
        review.getDueAt(),
        review.getOpenedAt(),
        review.getReviewedBy(),
        review.getReviewedAt(),
        review.getResult() == null ? null : review.getResult().name(),
        review.getNotes(),
        review.getViews().stream()
            .map(v -> new ViewView(v.getGroupId(), v.getGivenBy(), v.getGivenAt(), v.getViewText()))
            .toList(),
        review.getRevisedBy(),
        review.getRevisedAt(),
        review.getRevisionNote(),
        review.getProcessInstanceId());
  }
}
