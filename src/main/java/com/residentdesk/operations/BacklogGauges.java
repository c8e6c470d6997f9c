package com.residentdesk.operations;

import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.sla.DeadlineClockRepository;
import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the database and the engine hold right now: deadlines running, escalations and incidents
 * open, the outbox backlog, due jobs no job executor has taken, readiness, and this node's job
 * executor counts. Read in the background every {@code desk.operations.refresh-interval}, on the
 * scheduler's thread, which carries no signed-in user (the engine's queries are not filtered by the
 * operator's authorizations); a scrape reads the last values from memory, so scraping costs the
 * intake nothing. When the database does not answer the gauges are NaN (unknown), never stale.
 *
 * <p>The gauges are the same on every node of a cluster (one database): dashboards and alerts take
 * their {@code max}. The job executor counters are this node's own, since it started.
 */
@Component
class BacklogGauges {

  private static final Logger log = LoggerFactory.getLogger(BacklogGauges.class);

  /** A waiting period before the callback (README), not a deadline anyone can miss. */
  private static final String NOT_A_DEADLINE = Rules.CB_02;

  private final DeadlineClockRepository clocks;
  private final OutboxRepository outbox;
  private final ProcessEngine engine;
  private final ObjectProvider<HealthEndpoint> health;
  private final DeskClock clock;
  private final String reporter;
  private final Date startedAt;
  private final Map<String, Double> jobCounts = new ConcurrentHashMap<>();

  private volatile Snapshot current;
  private volatile double ready = Double.NaN;
  private boolean failing;

  /** A complete reading; {@code oldestPending} is null when nothing waits. */
  record Snapshot(
      Map<String, Long> runningByRule,
      long escalationsOpen,
      long outboxPending,
      long outboxFailed,
      Instant oldestPending,
      long jobBacklog,
      long incidentsOpen) {}

  BacklogGauges(
      DeadlineClockRepository clocks,
      OutboxRepository outbox,
      ProcessEngine engine,
      ObjectProvider<HealthEndpoint> health,
      DeskClock clock,
      MeterRegistry registry) {
    this.clocks = clocks;
    this.outbox = outbox;
    this.engine = engine;
    this.health = health;
    this.clock = clock;
    this.reporter = reporterOf(engine);
    this.startedAt = new Date();
    register(registry);
  }

  private void register(MeterRegistry registry) {
    for (String rule : Rules.ALL) {
      if (!rule.equals(NOT_A_DEADLINE)) {
        Gauge.builder(
                "desk.deadlines.running",
                this,
                g -> g.value(s -> s.runningByRule().getOrDefault(rule, 0L)))
            .description("Deadlines running (neither met nor missed) of open cases")
            .tag("rule", rule)
            .register(registry);
      }
    }
    gauge(
        registry,
        "desk.escalations.open",
        Snapshot::escalationsOpen,
        "Missed-deadline follow-up tasks not yet done");
    gauge(
        registry, "desk.outbox.pending", Snapshot::outboxPending, "Messages waiting in the outbox");
    gauge(
        registry,
        "desk.outbox.failed",
        Snapshot::outboxFailed,
        "Waiting messages whose delivery failed at least once");
    TimeGauge.builder(
            "desk.outbox.oldest.age", this, TimeUnit.SECONDS, BacklogGauges::oldestPendingSeconds)
        .description("Age of the oldest message waiting in the outbox (0 when none waits)")
        .register(registry);
    gauge(
        registry,
        "camunda.jobs.backlog",
        Snapshot::jobBacklog,
        "Jobs due that no job executor has acquired");
    gauge(
        registry,
        "camunda.incidents.open",
        Snapshot::incidentsOpen,
        "Open incidents (jobs out of retries and other failures)");
    Gauge.builder("desk.readiness", this, g -> g.ready)
        .description("1 when the readiness group (database, engine) is UP, else 0")
        .register(registry);
    String acquired = "Jobs this node acquired (failure: another node locked them first)";
    String executed = "Jobs this node executed (failure: the job threw and will be retried)";
    jobCounter(
        registry, "camunda.jobs.acquired", Metrics.JOB_ACQUIRED_SUCCESS, "success", acquired);
    jobCounter(
        registry, "camunda.jobs.acquired", Metrics.JOB_ACQUIRED_FAILURE, "failure", acquired);
    jobCounter(registry, "camunda.jobs.executed", Metrics.JOB_SUCCESSFUL, "success", executed);
    jobCounter(registry, "camunda.jobs.executed", Metrics.JOB_FAILED, "failure", executed);
    jobCounter(
        registry,
        "camunda.jobs.acquisition.attempts",
        Metrics.JOB_ACQUISITION_ATTEMPT,
        null,
        "Job acquisition cycles of this node's job executor");
    jobCounter(
        registry,
        "camunda.jobs.rejected",
        Metrics.JOB_EXECUTION_REJECTED,
        null,
        "Acquired jobs this node's executor had no thread for");
  }

  private void gauge(
      MeterRegistry registry, String name, ToLongFunction<Snapshot> field, String text) {
    Gauge.builder(name, this, g -> g.value(field)).description(text).register(registry);
  }

  /** One of Camunda's job executor metrics as a counter, tagged with the result when it has one. */
  private void jobCounter(
      MeterRegistry registry, String name, String engineMetric, String result, String text) {
    jobCounts.put(engineMetric, 0.0);
    FunctionCounter.Builder<BacklogGauges> counter =
        FunctionCounter.builder(name, this, g -> g.jobCounts.get(engineMetric)).description(text);
    if (result != null) {
      counter.tag("result", result);
    }
    counter.register(registry);
  }

  @Scheduled(fixedDelayString = "${desk.operations.refresh-interval}")
  synchronized void refresh() {
    ready = readiness();
    try {
      current = read();
      readJobCounts();
      if (failing) {
        log.info("Operations gauges read again");
        failing = false;
      }
    } catch (RuntimeException e) {
      current = null;
      if (!failing) {
        log.warn("Operations gauges unknown: {}", e.getClass().getSimpleName());
        failing = true;
      }
    }
  }

  private double readiness() {
    try {
      HealthComponent readiness = health.getObject().healthForPath("readiness");
      return readiness != null && Status.UP.equals(readiness.getStatus()) ? 1 : 0;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private Snapshot read() {
    Map<String, Long> running = new HashMap<>();
    clocks
        .countRunningByRule(CaseStatus.ARCHIVED)
        .forEach(r -> running.put(r.getRuleId(), r.getRunning()));
    OutboxRepository.Backlog waiting = outbox.backlog();
    ManagementService management = engine.getManagementService();
    long due = management.createJobQuery().executable().count();
    long dueAndAcquired = management.createJobQuery().executable().acquired().count();
    return new Snapshot(
        running,
        engine
            .getTaskService()
            .createTaskQuery()
            .taskDefinitionKey(DeadlineEscalationProcess.Element.HANDLE_ESCALATION)
            .count(),
        waiting.getPending(),
        waiting.getFailed(),
        waiting.getOldestCreatedAt(),
        Math.max(0, due - dueAndAcquired),
        engine.getRuntimeService().createIncidentQuery().count());
  }

  /**
   * This node's counts since it started: the rows it flushed to ACT_RU_METER_LOG plus what it has
   * not flushed yet (the query adds both). Never lower than last time: between the flush clearing
   * the in-memory count and its commit the sum dips, which Prometheus would take for a restart.
   */
  private void readJobCounts() {
    for (String metric : jobCounts.keySet()) {
      long sum =
          engine
              .getManagementService()
              .createMetricsQuery()
              .name(metric)
              .reporter(reporter)
              .startDate(startedAt)
              .sum();
      jobCounts.merge(metric, (double) sum, Math::max);
    }
  }

  private double value(ToLongFunction<Snapshot> field) {
    Snapshot snapshot = current;
    return snapshot == null ? Double.NaN : field.applyAsLong(snapshot);
  }

  private double oldestPendingSeconds() {
    Snapshot snapshot = current;
    if (snapshot == null) {
      return Double.NaN;
    }
    if (snapshot.oldestPending() == null) {
      return 0;
    }
    return Math.max(0, Duration.between(snapshot.oldestPending(), clock.now()).toSeconds());
  }

  /**
   * The engine writes this node's meter rows under its reporter id: the host name unless a reporter
   * id provider is configured. No public API tells it, hence the engine's configuration.
   */
  private static String reporterOf(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getMetricsReporterIdProvider() != null
        ? configuration.getMetricsReporterIdProvider().provideId(engine)
        : configuration.getHostname();
  }
}
