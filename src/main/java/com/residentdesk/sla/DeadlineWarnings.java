package com.residentdesk.sla;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskFormat;
import com.residentdesk.system.DeskLocaleResolver;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings before a breach (issue 14): when a running deadline has used a configured fraction of
 * its time ({@code desk.deadline.warnings}, default 50 % and 80 %), the tasks it watches get a
 * follow-up date and a comment (Tasklist shows both; the task's assignee or, unassigned, its group
 * sees it) and the assignee an e-mail. The last warning marks the deadline at risk ({@link
 * DeadlineAtRisk}). The breach at 100 % stays with the timers.
 *
 * <p><i>Why one scan, not a timer per warning:</i> a scan every minute reads the running clocks
 * through {@code ix_deadline_clock_open} and computes each warning moment from the clock itself
 * (due moment, start, time on hold), so a hold needs nothing extra: a paused clock is not read, a
 * resumed one has moved. Timers would add two jobs per deadline to every model, to job acquisition
 * and to what a hold parks and moves.
 */
@Component
public class DeadlineWarnings {

  private static final Locale STAFF = DeskLocaleResolver.CHINESE;

  /** Not deadlines of work: the trial run (CB-02) is a wait before the callback. */
  static final Set<String> NOT_WARNED = Set.of(Rules.CB_02);

  /** The handling sheet's step for a warning: the desk's own scan, no element of a model. */
  static final String WARNING_STEP = "Scan_DeadlineWarning";

  private final DeadlineClockRepository clocks;
  private final WarningSettings settings;
  private final CaseFiles caseFiles;
  private final DeadlineTimers engineSide;
  private final TaskService tasks;
  private final StaffNotifier notifier;
  private final PropertyDirectory properties;
  private final MessageSource messages;
  private final DeskClock clock;
  private final ApplicationEventPublisher events;

  DeadlineWarnings(
      DeadlineClockRepository clocks,
      WarningSettings settings,
      CaseFiles caseFiles,
      DeadlineTimers engineSide,
      TaskService tasks,
      StaffNotifier notifier,
      PropertyDirectory properties,
      MessageSource messages,
      DeskClock clock,
      ApplicationEventPublisher events) {
    this.clocks = clocks;
    this.settings = settings;
    this.caseFiles = caseFiles;
    this.engineSide = engineSide;
    this.tasks = tasks;
    this.notifier = notifier;
    this.properties = properties;
    this.messages = messages;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Sends every warning whose moment has passed, the latest one only when the scan was away for
   * several.
   *
   * @return how many warnings were sent
   */
  @Transactional
  public int sendDue() {
    List<Double> fractions = settings.warnings();
    if (fractions.isEmpty()) {
      return 0;
    }
    Instant now = clock.now();
    int sent = 0;
    for (DeadlineClock deadline : clocks.findRunningToWarn(fractions.size(), CaseStatus.ARCHIVED)) {
      if (NOT_WARNED.contains(deadline.getRuleId())) {
        clocks.markWarned(deadline.getId(), deadline.getWarningsSent(), fractions.size());
        continue;
      }
      int reached = deadline.getWarningsSent();
      while (reached < fractions.size()
          && !deadline.warningAt(fractions.get(reached)).isAfter(now)) {
        reached++;
      }
      if (reached == deadline.getWarningsSent()) {
        continue;
      }
      if (!deadline.getDueAt().isAfter(now)) {
        // too late to warn: the breach speaks (or nothing watches this clock any more)
        clocks.markWarned(deadline.getId(), deadline.getWarningsSent(), fractions.size());
        continue;
      }
      if (clocks.markWarned(deadline.getId(), deadline.getWarningsSent(), reached) == 0) {
        continue;
      }
      if (warn(deadline, fractions.get(reached - 1), reached)) {
        sent++;
        if (reached == fractions.size()) {
          events.publishEvent(
              new DeadlineAtRisk(
                  deadline.getCaseId(),
                  deadline.getRuleId(),
                  deadline.getRound(),
                  deadline.getDueAt()));
        }
      }
    }
    return sent;
  }

  /**
   * Reminds the deadline's tasks: those due at its due moment, else the work of the process whose
   * timer watches it. False when nothing in the engine watches the clock any more (its work ended
   * without meeting it): nothing to remind.
   */
  private boolean warn(DeadlineClock deadline, double fraction, int level) {
    ServiceCase serviceCase = caseFiles.get(deadline.getCaseId());
    Instant now = clock.now();
    String ruleName =
        messages.getMessage("rule." + deadline.getRuleId(), null, deadline.getRuleId(), STAFF);
    String due =
        DeskFormat.time(deadline.getDueAt(), properties.zoneOf(serviceCase)).substring(0, 16);
    String percent = Math.round(fraction * 100) + "%";
    List<Task> reminded =
        engineSide.asDesk(
            () -> {
              List<Task> open = engineSide.openTasks(serviceCase);
              Date dueDate = Date.from(deadline.getDueAt());
              List<Task> watched =
                  open.stream().filter(t -> dueDate.equals(t.getDueDate())).toList();
              if (watched.isEmpty()) {
                Set<String> watching =
                    engineSide.timers(serviceCase, Set.of(deadline.getRuleId())).keySet().stream()
                        .map(job -> job.getProcessInstanceId())
                        .collect(java.util.stream.Collectors.toSet());
                watched =
                    open.stream().filter(t -> watching.contains(t.getProcessInstanceId())).toList();
              }
              String comment =
                  messages.getMessage(
                      "warning.comment", new Object[] {percent, ruleName, due}, STAFF);
              for (Task task : watched) {
                task.setFollowUpDate(Date.from(now));
                tasks.saveTask(task);
                tasks.createComment(task.getId(), task.getProcessInstanceId(), comment);
              }
              return watched;
            });
    if (reminded.isEmpty()) {
      return false;
    }
    String subject =
        messages.getMessage(
            "warning.mail.subject",
            new Object[] {serviceCase.getCaseNumber(), ruleName, percent},
            STAFF);
    String body =
        messages.getMessage(
            "warning.mail.body",
            new Object[] {serviceCase.getCaseNumber(), ruleName, percent, due},
            STAFF);
    reminded.stream()
        .map(Task::getAssignee)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .forEach(
            assignee ->
                notifier.notifyUser(
                    assignee,
                    "warning-" + deadline.getId() + "-" + level,
                    serviceCase.getId(),
                    MessagePurpose.DEADLINE_WARNING,
                    subject,
                    body));
    caseFiles.record(
        serviceCase.getId(),
        WARNING_STEP,
        "Deadline warning: " + deadline.getRuleId(),
        "%s of the time used; due %s; reminded: %s"
            .formatted(
                percent,
                due,
                String.join(
                    ", ",
                    reminded.stream()
                        .map(t -> t.getAssignee() != null ? t.getAssignee() : t.getName())
                        .distinct()
                        .toList())),
        deadline.getRuleId());
    return true;
  }
}
