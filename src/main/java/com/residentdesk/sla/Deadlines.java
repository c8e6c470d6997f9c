package com.residentdesk.sla;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import com.residentdesk.system.TransactionScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place deadlines are computed (STYLE: "one deadline bean"). Timers and task due dates in
 * the BPMN call {@code ${deadlines.due(caseId, 'CAT-04')}}; the first call opens the deadline's
 * clock, later calls return the same due date, so a task and its boundary timer always agree.
 *
 * <p>Amounts are ISO-8601: a duration with a time part ("PT5M", "PT24H") is exact; a period of days
 * ("P3D") counts calendar days in the time zone of the case's property, which also decides the time
 * of day of an emergency (EMG-04). The amounts are the company's procedure, the same for every
 * property.
 */
@Component("deadlines")
public class Deadlines {

  private final DeadlineClockRepository clocks;
  private final CaseFiles caseFiles;
  private final DeskClock clock;
  private final DeskProperties.Deadlines config;
  private final DeskProperties.Emergency emergency;
  private final PropertyDirectory properties;
  private final ApplicationEventPublisher events;
  private final DeadlineTimers timers;
  private final org.camunda.bpm.engine.ManagementService management;
  private final org.camunda.bpm.engine.TaskService taskService;

  /** Whether a clock the transaction keeps belongs to the running persistence context. */
  @PersistenceContext private EntityManager entities;

  public Deadlines(
      DeadlineClockRepository clocks,
      CaseFiles caseFiles,
      DeskClock clock,
      DeskProperties desk,
      PropertyDirectory properties,
      ApplicationEventPublisher events,
      DeadlineTimers timers,
      org.camunda.bpm.engine.ManagementService management,
      org.camunda.bpm.engine.TaskService taskService) {
    this.clocks = clocks;
    this.caseFiles = caseFiles;
    this.clock = clock;
    this.config = desk.deadlines();
    this.emergency = desk.emergency();
    this.properties = properties;
    this.events = events;
    this.timers = timers;
    this.management = management;
    this.taskService = taskService;
  }

  /** Due date of a rule's deadline for the case's current round; opens the clock on first use. */
  public Date due(Long caseId, String ruleId) {
    DeadlineClock deadline = clockFor(caseId, ruleId);
    // on hold: a timer or task reached meanwhile waits with the others until the hold comes off
    return Date.from(deadline.getPausedAt() != null ? DeadlinePauses.ON_HOLD : deadline.getDueAt());
  }

  /**
   * The due date a rule gives a step that comes before the step the deadline watches, without
   * opening its clock (the clock opens with the watched step, as before): the resident's
   * confirmation is due when the written feedback after it is (HLP-06 before HLP-07), counted from
   * the latest completion of the work, so a rework gives the next confirmation its own date.
   */
  public Date dueBy(Long caseId, String ruleId) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    int round = roundOf(serviceCase, ruleId);
    return opened(caseId, ruleId, round)
        .map(
            open ->
                Date.from(open.getPausedAt() != null ? DeadlinePauses.ON_HOLD : open.getDueAt()))
        .orElseGet(
            () -> {
              ZoneId zone = properties.zoneOf(serviceCase);
              Instant start = anchor(serviceCase, ruleId, round);
              return Date.from(plus(start, amount(serviceCase, ruleId, zone), zone));
            });
  }

  /**
   * The due date of the missed deadline a follow-up task is about: it is overdue from the start.
   */
  public Date missedDue(Long caseId, String ruleId) {
    return latestOpened(caseId, ruleId)
        .map(DeadlineClock::getDueAt)
        .map(Date::from)
        .orElseGet(() -> Date.from(clock.now()));
  }

  /**
   * INT-04, for the timer that is created as the process starts, before the case may exist (a clerk
   * starting from Tasklist). The case's own INT-04 clock, anchored at its receipt, agrees with it.
   */
  public Date acknowledgementDue() {
    return Date.from(plus(clock.now(), config.acknowledgement(), properties.companyZone()));
  }

  public DeadlineClock clockFor(Long caseId, String ruleId) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    int round = roundOf(serviceCase, ruleId);
    return opened(caseId, ruleId, round).orElseGet(() -> open(serviceCase, ruleId, round));
  }

  /**
   * A deadline whose due moment the process decides (a complaint's measures deadline): opens the
   * clock of that round once and returns its due date on every later call.
   */
  public Date dueAt(Long caseId, String ruleId, int round, Instant due) {
    DeadlineClock deadline =
        opened(caseId, ruleId, round)
            .orElseGet(
                () ->
                    keep(clocks.save(new DeadlineClock(caseId, ruleId, round, clock.now(), due))));
    return Date.from(deadline.getDueAt());
  }

  /** The work the deadline watches is done: stop the clock of the latest round. */
  public void meet(Long caseId, String ruleId) {
    meetAt(caseId, ruleId, clock.now());
  }

  /** The work was done at {@code at} (an e-mail's delivery time, say), noticed only now. */
  public void meetAt(Long caseId, String ruleId, Instant at) {
    if (latest(caseId, ruleId).meet(at)) {
      events.publishEvent(new DeadlineMet(caseId, ruleId));
    }
  }

  /** Records the breach once; empty when this breach was already recorded. */
  public Optional<DeadlineClock> breach(Long caseId, String ruleId, String escalationGroup) {
    DeadlineClock deadline = latest(caseId, ruleId);
    if (deadline.getPausedAt() != null || !deadline.breach(clock.now(), escalationGroup)) {
      return Optional.empty();
    }
    events.publishEvent(
        new DeadlineMissed(
            caseId,
            caseFiles.get(caseId).getCaseNumber(),
            ruleId,
            deadline.getDueAt(),
            escalationGroup));
    return Optional.of(deadline);
  }

  /** The clock of the latest round that was opened, or the current round's clock. */
  private DeadlineClock latest(Long caseId, String ruleId) {
    return latestOpened(caseId, ruleId).orElseGet(() -> clockFor(caseId, ruleId));
  }

  /** The clock of the latest round that was opened, if any. */
  private Optional<DeadlineClock> latestOpened(Long caseId, String ruleId) {
    return known(caseId).stream()
        .filter(c -> c.getRuleId().equals(ruleId))
        .max(Comparator.comparingInt(DeadlineClock::getRound));
  }

  /** The clock of the round, if opened. */
  private Optional<DeadlineClock> opened(Long caseId, String ruleId, int round) {
    return known(caseId).stream()
        .filter(c -> c.getRuleId().equals(ruleId) && c.getRound() == round)
        .findFirst();
  }

  /** The key under which a transaction keeps the clocks it read or opened, by case. */
  private static final Object KNOWN = new Object();

  /**
   * The case's clocks in the order {@link #clocksOf} gives, read once per transaction (issue 15: a
   * breach read them five times — the check, the breach, the task's due date and its headline in
   * two languages). A case registered by this transaction has only the clocks this transaction
   * opened: no query at all. The clocks are the persistence context's own entities, so a change to
   * one is seen by every later reader, as a fresh query would return the same instances; clocks
   * opened later in the transaction are added as they are opened ({@link #keep}). Outside a
   * transaction, or in another transaction's persistence context (REQUIRES_NEW inside this one),
   * they are read each time.
   */
  private List<DeadlineClock> known(Long caseId) {
    Optional<Map<Long, List<DeadlineClock>>> byCase = TransactionScoped.get(KNOWN, HashMap::new);
    if (byCase.isEmpty()) {
      return clocks.findByCaseIdOrderByStartedAtAscIdAsc(caseId);
    }
    List<DeadlineClock> known = byCase.get().get(caseId);
    if (known == null || !known.stream().allMatch(entities::contains)) {
      known =
          caseFiles.registeredInThisTransaction(caseId)
              ? new ArrayList<>()
              : new ArrayList<>(clocks.findByCaseIdOrderByStartedAtAscIdAsc(caseId));
      byCase.get().put(caseId, known);
    }
    return known.stream()
        .sorted(
            Comparator.comparing(DeadlineClock::getStartedAt)
                .thenComparing(
                    DeadlineClock::getId, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** A clock just opened joins the clocks the transaction knows of its case. */
  private DeadlineClock keep(DeadlineClock opened) {
    TransactionScoped.<Map<Long, List<DeadlineClock>>>get(KNOWN, HashMap::new)
        .ifPresent(
            byCase -> {
              List<DeadlineClock> known = byCase.get(opened.getCaseId());
              if (known == null && caseFiles.registeredInThisTransaction(opened.getCaseId())) {
                byCase.put(opened.getCaseId(), known = new ArrayList<>());
              }
              // not read yet: the first reader's query finds it (inserted as it was saved)
              if (known != null && known.stream().noneMatch(c -> c == opened)) {
                known.add(opened);
              }
            });
    return opened;
  }

  /**
   * SVC-03 (corrected 2026-11-26): a big problem needs a response within its deadline (a visit or a
   * plan with a date told to the resident), not the fix; the model routes it by this.
   */
  public boolean bigProblem(Long caseId) {
    return "big".equals(caseFiles.get(caseId).getRequest().subcategory());
  }

  /** The deadlines whose amount the triage decides (CAT-04 dispatch, SVC-03 resolution). */
  public static final java.util.Set<String> TRIAGED = java.util.Set.of(Rules.CAT_04, Rules.SVC_03);

  /**
   * Re-prioritisation: the case's triage changed, so its open deadlines whose amount the triage
   * decides are recomputed from their start (receipt, for the first round) with the new amounts,
   * keeping the time any hold took. A met or missed deadline stays as it was. The timers watching a
   * moved deadline that is not on hold, and the open tasks due with it, follow.
   *
   * @return each moved rule with its new due moment
   */
  public java.util.Map<String, Instant> recompute(Long caseId) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    ZoneId zone = properties.zoneOf(serviceCase);
    java.util.Map<String, Instant> moved = new java.util.LinkedHashMap<>();
    java.util.Map<Instant, Instant> dueDates = new java.util.LinkedHashMap<>();
    for (DeadlineClock deadline : clocks.findByCaseIdOrderByStartedAtAscIdAsc(caseId)) {
      if (!TRIAGED.contains(deadline.getRuleId())
          || deadline.getMetAt() != null
          || deadline.getBreachedAt() != null) {
        continue;
      }
      Instant due =
          plus(deadline.getStartedAt(), amount(serviceCase, deadline.getRuleId(), zone), zone)
              .plusSeconds(deadline.getPausedSeconds());
      if (!due.equals(deadline.getDueAt())) {
        dueDates.put(deadline.getDueAt(), due);
        deadline.moveDue(due);
        if (deadline.getPausedAt() == null) {
          moved.put(deadline.getRuleId(), due);
        }
      }
    }
    timers.asDesk(
        () -> {
          timers
              .timers(serviceCase, moved.keySet())
              .forEach(
                  (timer, rule) ->
                      management.setJobDuedate(timer.getId(), Date.from(moved.get(rule))));
          for (var task : timers.openTasks(serviceCase)) {
            Date taskDue = task.getDueDate();
            if (taskDue != null && dueDates.containsKey(taskDue.toInstant())) {
              task.setDueDate(Date.from(dueDates.get(taskDue.toInstant())));
              // an earlier warning was about the old due moment ("due soon" in Tasklist): the
              // warning scan sets it again when the new deadline reaches a warning
              task.setFollowUpDate(null);
              taskService.saveTask(task);
            }
          }
          return null;
        });
    return moved;
  }

  /** The case's clocks in the order they started. */
  public List<DeadlineClock> clocksOf(Long caseId) {
    return known(caseId);
  }

  private DeadlineClock open(ServiceCase serviceCase, String ruleId, int round) {
    Instant start = anchor(serviceCase, ruleId, round);
    ZoneId zone = properties.zoneOf(serviceCase);
    Instant due = plus(start, amount(serviceCase, ruleId, zone), zone);
    return keep(clocks.save(new DeadlineClock(serviceCase.getId(), ruleId, round, start, due)));
  }

  /**
   * Intake deadlines run from receipt; HLP-07 from the handler's completion (not the resident's
   * confirmation, RULES.md corrected 2026-11-26); the others from the moment their step begins.
   */
  private Instant anchor(ServiceCase serviceCase, String ruleId, int round) {
    if (Rules.HLP_07.equals(ruleId) && serviceCase.getHandledAt() != null) {
      return serviceCase.getHandledAt();
    }
    boolean fromReceipt =
        switch (ruleId) {
          case Rules.INT_04, Rules.CAT_04, Rules.EMG_04, Rules.CMP_01 -> true;
          case Rules.SVC_03 -> round == 0;
          default -> false;
        };
    return fromReceipt ? serviceCase.getReceivedAt() : clock.now();
  }

  private String amount(ServiceCase serviceCase, String ruleId, ZoneId zone) {
    return switch (ruleId) {
      case Rules.INT_04 -> config.acknowledgement();
      case Rules.CAT_02 -> config.supervisorReply();
      case Rules.CAT_04 -> orDefault(serviceCase.getTriage().dispatchWithin(), config.dispatch());
      case Rules.SVC_03 -> orDefault(serviceCase.getTriage().resolveWithin(), config.resolution());
      case Rules.EMG_04 -> arrivalAmount(emergency, zone, serviceCase.getReceivedAt());
      case Rules.EMG_01 -> emergency.acknowledgement();
      case Rules.HLP_07 -> config.writtenFeedback();
      case Rules.CMP_01 -> config.complaintAcceptance();
      case Rules.SUG_02 -> config.thankYouCall();
      case Rules.CMP_02 -> config.complaintAgeLimit();
      case Rules.CB_01 -> config.callback();
      case Rules.CB_02 -> config.trialRun();
      default -> throw new IllegalArgumentException("No deadline is defined for rule " + ruleId);
    };
  }

  /** Each rework (SVC-03) and each follow-up callback (CB-01) starts a fresh clock. */
  private static int roundOf(ServiceCase serviceCase, String ruleId) {
    return switch (ruleId) {
      case Rules.SVC_03 -> serviceCase.getReworkCount();
      case Rules.CB_01 -> serviceCase.getFollowUpCount();
      default -> 0;
    };
  }

  /**
   * EMG-04/SVC-05: the time of day the emergency was reported, in the property's time zone (not the
   * server's), decides the arrival deadline. Both ends of 09:00-22:00 are daytime (the stricter
   * reading): 22:00:00 gets 10 minutes, 22:00:01 gets 30, 08:59:59 gets 30.
   */
  static String arrivalAmount(DeskProperties.Emergency emergency, ZoneId zone, Instant reportedAt) {
    java.time.LocalTime reported = reportedAt.atZone(zone).toLocalTime();
    boolean daytime =
        emergency.daytime().contains(reported) || reported.equals(emergency.daytime().closes());
    return daytime ? emergency.daytimeArrival() : emergency.otherArrival();
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  static Instant plus(Instant start, String amount, ZoneId zone) {
    try {
      if (amount.contains("T")) {
        return start.plus(Duration.parse(amount));
      }
      return start.atZone(zone).plus(Period.parse(amount)).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("Deadline amount is not ISO-8601: " + amount, e);
    }
  }
}
