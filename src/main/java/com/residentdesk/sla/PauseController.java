package com.residentdesk.sla;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.NotFoundException;
import com.residentdesk.system.UnprocessableException;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Holds on a case's deadlines over HTTP: put on, taken off, listed. Which groups may do it is in
 * {@code SecurityConfig} ({@code StaffGroups.PAUSE_DEADLINES}); a case of another property does not
 * exist for the caller.
 */
@RestController
public class PauseController {

  private static final int MAX_NOTE = 2000;

  private final DeadlinePauses pauses;
  private final ServiceCaseRepository cases;
  private final PropertyAccess access;
  private final PropertyDirectory properties;
  private final TaskService tasks;
  private final DeskClock clock;

  public PauseController(
      DeadlinePauses pauses,
      ServiceCaseRepository cases,
      PropertyAccess access,
      PropertyDirectory properties,
      TaskService tasks,
      DeskClock clock) {
    this.pauses = pauses;
    this.cases = cases;
    this.access = access;
    this.properties = properties;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** {@code expectedResumeAt}: ISO-8601 with offset ("2026-11-25T09:00:00+08:00"), optional. */
  public record PauseRequest(String reason, String note, String expectedResumeAt) {}

  public record ResumeRequest(String note) {}

  public record PauseView(
      Long id,
      String reason,
      String note,
      OffsetDateTime pausedAt,
      String pausedBy,
      OffsetDateTime expectedResumeAt,
      OffsetDateTime resumedAt,
      String resumedBy,
      long heldSeconds,
      boolean limitReached) {}

  @Operation(
      summary =
          "Put the case's running deadlines on hold (waiting for the resident, parts or an outside"
              + " body); acknowledgements and emergencies are never paused")
  @PostMapping("/api/cases/{caseNumber}/pause")
  public ResponseEntity<PauseView> pause(
      @PathVariable String caseNumber,
      @RequestBody(required = false) PauseRequest request,
      Authentication user) {
    ServiceCase serviceCase = visible(caseNumber, user);
    if (request == null) {
      throw new InvalidFieldException(
          "reason", "problem.field.one-of", String.join(", ", DeadlinePause.REASONS));
    }
    if (request.note() != null && request.note().length() > MAX_NOTE) {
      throw new InvalidFieldException("note", "problem.field.too-long", MAX_NOTE);
    }
    Instant expected = parse(request.expectedResumeAt());
    DeadlinePause pause =
        pauses.pause(serviceCase.getId(), request.reason(), request.note(), expected);
    return ResponseEntity.created(URI.create("/api/cases/" + caseNumber + "/pauses"))
        .body(view(pause, serviceCase));
  }

  @Operation(
      summary =
          "Take the hold off: every paused deadline, its timers and task due dates move by the"
              + " time on hold")
  @PostMapping("/api/cases/{caseNumber}/resume")
  public PauseView resume(
      @PathVariable String caseNumber,
      @RequestBody(required = false) ResumeRequest request,
      Authentication user) {
    ServiceCase serviceCase = visible(caseNumber, user);
    String note = request == null ? null : request.note();
    if (note == null || note.isBlank()) {
      throw new InvalidFieldException("note", "problem.field.blank");
    }
    if (note.length() > MAX_NOTE) {
      throw new InvalidFieldException("note", "problem.field.too-long", MAX_NOTE);
    }
    DeadlinePause pause =
        pauses
            .current(serviceCase.getId())
            .orElseThrow(
                () -> new UnprocessableException("caseNumber", "problem.pause.none", caseNumber));
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .tenantIdIn(serviceCase.getPropertyCode())
            .taskDefinitionKey(DeadlinePauseProcess.Element.RESUME_DEADLINES)
            .singleResult();
    if (task == null) {
      throw new UnprocessableException("caseNumber", "problem.pause.none", caseNumber);
    }
    tasks.complete(task.getId(), Map.of(DeadlinePauseProcess.Field.RESUME_NOTE.name(), note));
    return view(pauses.get(pause.getId()), serviceCase);
  }

  @Operation(summary = "Every hold the case's deadlines had, oldest first")
  @GetMapping("/api/cases/{caseNumber}/pauses")
  public List<PauseView> list(@PathVariable String caseNumber, Authentication user) {
    ServiceCase serviceCase = visible(caseNumber, user);
    return pauses.of(serviceCase.getId()).stream().map(p -> view(p, serviceCase)).toList();
  }

  private ServiceCase visible(String caseNumber, Authentication user) {
    ServiceCase serviceCase =
        cases
            .findByCaseNumber(caseNumber)
            .orElseThrow(() -> new NotFoundException("problem.case.none-visible", caseNumber));
    access.requireVisible(
        serviceCase.getPropertyCode(), user, "problem.case.none-visible", caseNumber);
    return serviceCase;
  }

  private static Instant parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("expectedResumeAt", "problem.field.date-time");
    }
  }

  private PauseView view(DeadlinePause pause, ServiceCase serviceCase) {
    var zone = properties.zoneOf(serviceCase);
    return new PauseView(
        pause.getId(),
        pause.getReason(),
        pause.getNote(),
        at(pause.getPausedAt(), zone),
        pause.getPausedBy(),
        at(pause.getExpectedResumeAt(), zone),
        at(pause.getResumedAt(), zone),
        pause.getResumedBy(),
        pause.held(clock.now()).toSeconds(),
        pause.getLimitReachedAt() != null);
  }

  private static OffsetDateTime at(Instant instant, java.time.ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
