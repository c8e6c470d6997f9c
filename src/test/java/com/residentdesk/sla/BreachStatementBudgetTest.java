package com.residentdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.support.ProcessTestSupport;
import com.residentdesk.support.StatementCounter;
import com.residentdesk.support.StatementCounter.Measured;
import java.time.Duration;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * INT-04: what one missed acknowledgement deadline costs the database when its timer job runs (the
 * timer storm's unit of work, BENCHMARKS §3): breach recorded on the deadline clock, the case
 * file's entry, the escalation with its task, the breach e-mail in the outbox. Counted, not timed;
 * the job executor's acquisition and locking are not in it.
 */
@Import(StatementCounter.class)
class BreachStatementBudgetTest extends ProcessTestSupport {

  /**
   * 52 before a group's members at a property were kept for the membership cache's 30 s (seven
   * identity queries for the escalation group's e-mail addresses), 45 after; 40 since the case's
   * deadline clocks are read once per transaction (five reads before) and the breach e-mail's
   * dedupe look-up is skipped for a breach recorded just now.
   */
  static final int STATEMENT_BUDGET = 40;

  @Test
  void oneMissedAcknowledgementIsWithinTheStatementBudget_INT04() {
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    ProcessInstance warm = submit(smallRepairByApp());
    ProcessInstance measured = submit(smallRepairByApp());
    advance(Duration.ofHours(1));
    fire(timer(warm, ResidentRequestProcess.Element.ACKNOWLEDGEMENT_DUE)); // caches, classes

    Job job = timer(measured, ResidentRequestProcess.Element.ACKNOWLEDGEMENT_DUE);
    long successfulBefore = successfulJobs();
    Measured<Boolean> breach =
        StatementCounter.measure(
            () -> {
              fire(job);
              return true;
            });
    System.out.println("One breach: " + breach.cost());

    assertThat(outbox.findByCaseIdAndPurpose(caseId(measured), MessagePurpose.DEADLINE_BREACH))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.getDedupeKey()).startsWith("breach-"));
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(measured.getBusinessKey())
                .taskDefinitionKey(DeadlineEscalationProcess.Element.HANDLE_ESCALATION)
                .count())
        .isEqualTo(1);
    // the job's own transaction only: the engine's success listener after the job, which only
    // counts the success, had an empty transaction of its own (JobSuccessWithoutTransaction)
    assertThat(breach.cost().commits()).as(breach.toString()).isEqualTo(1);
    assertThat(successfulJobs())
        .as("the job's success is still counted in the engine's metrics")
        .isEqualTo(successfulBefore + 1);
    assertThat(breach.cost().statements())
        .as(String.join("\n", breach.sql()))
        .isLessThanOrEqualTo(STATEMENT_BUDGET);
  }

  /**
   * Jobs the engine counted as successful (its metrics, before they are written to the database).
   */
  private long successfulJobs() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getMetricsRegistry()
        .getDbMeterByName(Metrics.JOB_SUCCESSFUL)
        .get();
  }
}
