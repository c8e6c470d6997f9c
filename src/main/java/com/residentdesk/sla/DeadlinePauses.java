package com.residentdesk.sla;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskFormat;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting a case's running deadlines on hold and taking them off again (issue 14). A hold stops
 * every running clock except the acknowledgements and the emergency's (INT-04, CMP-01, EMG-01,
 * EMG-04) and parks their timers; taking it off moves each paused deadline, its timers and its
 * tasks' due dates by the time on hold. Each step is on the handling sheet; the resident is told by
 * e-mail when they have an address (HLP-08). The {@code deadline-pause} process watches the hold's
 * length.
 */
@Component("deadlinePauses")
public class DeadlinePauses {

  /** Never on hold: the acknowledgements and the emergency's own deadlines. */
  public static final Set<String> NEVER_PAUSED =
      Set.of(Rules.INT_04, Rules.CMP_01, Rules.EMG_01, Rules.EMG_04);

  /**
   * Where a paused deadline's timer waits: parked far in the future rather than suspended, because
   * taking the hold off happens inside a task's completion, where re-activating a suspended job (a
   * bulk update) and moving it (an entity update) in one command collide.
   */
  static final Instant ON_HOLD = Instant.parse("2999-12-31T00:00:00Z");

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DeadlineClockRepository clocks;
  private final DeadlinePauseRepository pauses;
  private final CaseFiles caseFiles;
  private final DeskClock clock;
  private final PauseSettings settings;
  private final PropertyDirectory properties;
  private final ResidentMail residentMail;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final CurrentActor actor;
  private final DeadlineTimers engineSide;

  public DeadlinePauses(
      DeadlineClockRepository clocks,
      DeadlinePauseRepository pauses,
      CaseFiles caseFiles,
      DeskClock clock,
      PauseSettings settings,
      PropertyDirectory properties,
      ResidentMail residentMail,
      RuntimeService runtime,
      ManagementService management,
      TaskService tasks,
      CurrentActor actor,
      DeadlineTimers engineSide) {
    this.clocks = clocks;
    this.pauses = pauses;
    this.caseFiles = caseFiles;
    this.clock = clock;
    this.settings = settings;
    this.properties = properties;
    this.residentMail = residentMail;
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.actor = actor;
    this.engineSide = engineSide;
  }

  /**
   * The API's door: checks the hold may be put on (so a refusal is answered in the reader's
   * language), then starts {@code deadline-pause}, whose first step puts it on ({@link #hold}).
   *
   * @param reason one of {@link DeadlinePause#REASONS}
   * @param expectedResume when the wait is expected to end, or null when nobody knows
   */
  @Transactional
  public DeadlinePause pause(Long caseId, String reason, String note, Instant expectedResume) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    check(serviceCase, reason, expectedResume);
    runtime
        .createProcessInstanceByKey(DeadlinePauseProcess.KEY)
        .businessKey(serviceCase.getCaseNumber())
        .setVariable(DeadlinePauseProcess.Var.CASE_ID.name(), caseId)
        .setVariable(DeadlinePauseProcess.Field.PAUSE_REASON.name(), reason)
        .setVariable(DeadlinePauseProcess.Field.PAUSE_NOTE.name(), note)
        .setVariable(
            DeadlinePauseProcess.Field.EXPECTED_RESUME_AT.name(),
            expectedResume == null ? null : expectedResume.toString())
        .execute();
    return current(caseId).orElseThrow();
  }

  /**
   * Puts the case's running deadlines on hold: the clocks stop, their timers are parked, the
   * handling sheet and the resident are told. Run by the first step of {@code deadline-pause}.
   */
  @Transactional
  public DeadlinePause hold(Long caseId, String reason, String note, Instant expectedResume) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    List<DeadlineClock> running = check(serviceCase, reason, expectedResume);
    Instant now = clock.now();
    running.forEach(c -> c.pause(now));
    Set<String> rules = running.stream().map(DeadlineClock::getRuleId).collect(Collectors.toSet());
    engineSide.asDesk(
        () -> {
          engineSide
              .timers(serviceCase, rules)
              .keySet()
              .forEach(t -> management.setJobDuedate(t.getId(), Date.from(ON_HOLD)));
          return null;
        });
    String trimmedNote = note == null || note.isBlank() ? null : note.trim();
    DeadlinePause pause =
        pauses.save(new DeadlinePause(caseId, reason, trimmedNote, now, actorOf(), expectedResume));
    ZoneId zone = properties.zoneOf(serviceCase);
    caseFiles.record(
        caseId,
        DeadlinePauseProcess.Element.PAUSE_DEADLINES,
        "Deadlines paused",
        "Waiting for %s%s; expected to resume %s; on hold: %s"
            .formatted(
                reason,
                trimmedNote == null ? "" : " (" + trimmedNote + ")",
                expectedResume == null ? "not known" : WHEN.format(expectedResume.atZone(zone)),
                String.join(", ", rules.stream().sorted().toList())),
        "HLP-08");
    residentMail.send(
        serviceCase,
        MessagePurpose.PROGRESS_UPDATE,
        "pause",
        "pause-" + pause.getId(),
        new DefaultMessageSourceResolvable("waiting." + reason),
        expectedResume == null
            ? new DefaultMessageSourceResolvable("waiting.unknown")
            : WHEN.format(expectedResume.atZone(zone)));
    return pause;
  }

  /** The running clocks a hold would stop; refuses a hold that may not be put on. */
  private List<DeadlineClock> check(
      ServiceCase serviceCase, String reason, Instant expectedResume) {
    if (reason == null || !DeadlinePause.REASONS.contains(reason)) {
      throw new InvalidFieldException(
          "reason", "problem.field.one-of", String.join(", ", DeadlinePause.REASONS));
    }
    if (expectedResume != null && !expectedResume.isAfter(clock.now())) {
      throw new InvalidFieldException("expectedResumeAt", "problem.pause.resume-in-past");
    }
    if (serviceCase.getStatus() == CaseStatus.ARCHIVED) {
      throw new UnprocessableException(
          "caseNumber", "problem.pause.closed", serviceCase.getCaseNumber());
    }
    if (pauses.findFirstByCaseIdAndResumedAtIsNull(serviceCase.getId()).isPresent()) {
      throw new UnprocessableException(
          "caseNumber", "problem.pause.already", serviceCase.getCaseNumber());
    }
    List<DeadlineClock> running =
        clocks.findByCaseIdOrderByStartedAtAscIdAsc(serviceCase.getId()).stream()
            .filter(DeadlineClock::running)
            .filter(c -> !NEVER_PAUSED.contains(c.getRuleId()))
            .toList();
    if (running.isEmpty()) {
      throw new UnprocessableException(
          "caseNumber", "problem.pause.nothing-running", serviceCase.getCaseNumber());
    }
    return running;
  }

  /** The Tasklist priority and handling group the hold's tasks get: the case's own. */
  public int priorityOfCase(ServiceCase serviceCase) {
    return engineSide.asDesk(() -> priorityOf(serviceCase));
  }

  /**
   * Takes the hold off: each paused deadline moves by the time it was on hold, and so do its timers
   * and its open tasks' due dates.
   *
   * @return how long the hold lasted
   */
  @Transactional
  public Duration resume(Long caseId) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    DeadlinePause pause =
        pauses
            .findFirstByCaseIdAndResumedAtIsNull(caseId)
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        "caseNumber", "problem.pause.none", serviceCase.getCaseNumber()));
    Instant now = clock.now();
    Map<String, Instant> moved = new LinkedHashMap<>();
    Map<Instant, Instant> dueDates = new LinkedHashMap<>();
    for (DeadlineClock deadline : clocks.findByCaseIdOrderByStartedAtAscIdAsc(caseId)) {
      if (deadline.getPausedAt() != null) {
        Instant before = deadline.getDueAt();
        deadline.resume(now);
        moved.put(deadline.getRuleId(), deadline.getDueAt());
        dueDates.put(before, deadline.getDueAt());
      }
    }
    if (moved.size() == 1) {
      // a task reached while on hold shows the parked due date until now
      dueDates.put(ON_HOLD, moved.values().iterator().next());
    }
    // the desk's own bookkeeping, whoever took the hold off (a clerk completing the task in
    // Tasklist may not update another group's jobs and tasks)
    engineSide.asDesk(
        () -> {
          engineSide
              .timers(serviceCase, moved.keySet())
              .forEach(
                  (timer, rule) -> {
                    management.setJobDuedate(timer.getId(), Date.from(moved.get(rule)));
                  });
          for (Task task : engineSide.openTasks(serviceCase)) {
            Date due = task.getDueDate();
            if (due != null && dueDates.containsKey(due.toInstant())) {
              task.setDueDate(Date.from(dueDates.get(due.toInstant())));
              tasks.saveTask(task);
            }
          }
          return null;
        });
    pause.resume(now, actorOf());
    Duration held = pause.held(now);
    ZoneId zone = properties.zoneOf(serviceCase);
    caseFiles.record(
        caseId,
        DeadlinePauseProcess.Element.RESUME_DEADLINES,
        "Deadlines resumed",
        "On hold %s; now due: %s"
            .formatted(
                DeskFormat.duration(held, Locale.ENGLISH),
                moved.entrySet().stream()
                    .map(e -> e.getKey() + " " + WHEN.format(e.getValue().atZone(zone)))
                    .collect(Collectors.joining(", "))),
        "HLP-08");
    Instant completion = moved.values().stream().max(Instant::compareTo).orElse(null);
    residentMail.send(
        serviceCase,
        MessagePurpose.PROGRESS_UPDATE,
        "resume",
        "resume-" + pause.getId(),
        completion == null
            ? new DefaultMessageSourceResolvable("waiting.none")
            : WHEN.format(completion.atZone(zone)));
    return held;
  }

  /** The hold in force on the case, if any. */
  public java.util.Optional<DeadlinePause> current(Long caseId) {
    return pauses.findFirstByCaseIdAndResumedAtIsNull(caseId);
  }

  public List<DeadlinePause> of(Long caseId) {
    return pauses.findByCaseIdOrderByPausedAtAsc(caseId);
  }

  /** The resume task's due date: the expected end of the wait, if one was given. */
  public Date expectedResume(Long pauseId) {
    Instant expected = get(pauseId).getExpectedResumeAt();
    return expected == null ? null : Date.from(expected);
  }

  /** When a hold has lasted too long ({@code desk.pause.limit}). */
  public Date limitDue(Long pauseId) {
    return Date.from(get(pauseId).getPausedAt().plus(settings.limit()));
  }

  /** Records once that the hold passed its limit; false when already recorded. */
  @Transactional
  public boolean recordLimitReached(Long pauseId) {
    return get(pauseId).limitReached(clock.now());
  }

  public DeadlinePause get(Long pauseId) {
    return pauses
        .findById(pauseId)
        .orElseThrow(() -> new IllegalStateException("No deadline pause " + pauseId));
  }

  private String actorOf() {
    return actor.id();
  }

  /** The Tasklist priority the case's own tasks have (50 before triage). */
  private int priorityOf(ServiceCase serviceCase) {
    return engineSide.instances(serviceCase).stream()
        .map(i -> runtime.getVariable(i.getId(), DeadlinePauseProcess.Var.TASK_PRIORITY.name()))
        .filter(Integer.class::isInstance)
        .map(Integer.class::cast)
        .findFirst()
        .orElse(50);
  }
}
