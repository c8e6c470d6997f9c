package com.residentdesk.reports;

import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.ANALYSIS_OVERDUE;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.APPROVE_REPORT;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.CHASE_ANALYSIS;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.FILE_REPORT;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.PREPARE_REPORT;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.REPORT_FILED;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.WRITE_ANALYSIS;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Var.DECISION;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Var.MONTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyTenancy;
import com.residentdesk.support.ModelTestSupport;
import com.residentdesk.system.EscalationCycle;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * monthly-evaluation-schedule and monthly-evaluation: the timer of the 1st opens the month's
 * evaluations; the report is prepared, the customer-service head's analysis is due by the 5th (the
 * centre manager is asked to follow it up when it is late), the manager approves or sends it back,
 * and the approved report is filed.
 */
@Tag("fast")
class MonthlyEvaluationModelTest extends ModelTestSupport {

  private Job scheduleTimer() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(MonthlyEvaluationScheduleProcess.KEY)
        .timers()
        .singleResult();
  }

  @Test
  void theScheduleBelongsToTheCompanyNotToAProperty_QA01() {
    assertThat(PropertyTenancy.COMPANY_TIMER_PROCESSES)
        .contains(MonthlyEvaluationScheduleProcess.KEY);
  }

  @Test
  void theTimerLooksEveryQuarterHourSoEachPropertysOwnOneOClockIsMet_QA01() {
    Job first = scheduleTimer();
    assertThat(first).as("the schedule's timer, waiting from deployment").isNotNull();
    ZonedDateTime due = first.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(due.getMinute() % 15).isZero();
    assertThat(due.getSecond()).isZero();

    // the time comes: the timer starts the schedule, which opens the evaluations that are due
    ClockUtil.setCurrentTime(first.getDuedate());
    fire(first);
    assertThat(delegatesRun).containsExactly("openMonthlyEvaluationsDelegate");

    // and looks again a quarter of an hour later
    Job next = scheduleTimer();
    assertThat(next.getDuedate().toInstant())
        .isEqualTo(due.toInstant().plus(java.time.Duration.ofMinutes(15)));
  }

  private ProcessInstance opened() {
    stub(
        "prepareMonthlyReportDelegate",
        execution -> MonthlyEvaluationProcess.Var.EVALUATION_ID.set(execution, 7L));
    ProcessInstance pi = start(MonthlyEvaluationProcess.KEY, MONTH.of("2026-11"));
    assertThat(pi).hasPassed(PREPARE_REPORT).isWaitingAt(WRITE_ANALYSIS);
    assertThat(pi).task().hasCandidateGroup(StaffGroups.CS_HEAD);
    return pi;
  }

  @Test
  void theHeadWritesTheManagerApprovesAndTheReportIsFiled_QA01_QA06_CMP08() {
    Date fifth = Date.from(LocalDateTime.of(2026, 12, 6, 0, 0).atZone(SHANGHAI).toInstant());
    Mockito.when(monthlyEvaluations.due(Mockito.any())).thenReturn(fifth);
    Mockito.when(monthlyEvaluations.overdueCycle(Mockito.any()))
        .thenReturn(EscalationCycle.of(fifth.toInstant(), Duration.ofDays(1)));
    ProcessInstance pi = opened();
    assertThat(task(pi, WRITE_ANALYSIS).getDueDate()).isEqualTo(fifth);
    assertThat(timer(pi, ANALYSIS_OVERDUE).getDuedate()).isEqualTo(fifth);

    complete(pi, WRITE_ANALYSIS);
    assertThat(pi).isWaitingAt(APPROVE_REPORT);
    assertThat(pi).task().hasCandidateGroup(StaffGroups.CENTRE_MANAGER);
    complete(pi, APPROVE_REPORT, DECISION.of(MonthlyEvaluationProcess.APPROVE));

    assertThat(pi).isEnded().hasPassed(FILE_REPORT, REPORT_FILED);
    assertThat(delegatesRun)
        .containsExactly("prepareMonthlyReportDelegate", "fileMonthlyReportDelegate");
  }

  @Test
  void aReportSentBackGoesToTheHeadAgain_QA01() {
    ProcessInstance pi = opened();
    complete(pi, WRITE_ANALYSIS);

    complete(pi, APPROVE_REPORT, DECISION.of(MonthlyEvaluationProcess.REVISE));

    assertThat(pi).isWaitingAt(WRITE_ANALYSIS).hasNotPassed(FILE_REPORT);
    complete(pi, WRITE_ANALYSIS);
    complete(pi, APPROVE_REPORT, DECISION.of(MonthlyEvaluationProcess.APPROVE));
    assertThat(pi).isEnded().hasPassed(REPORT_FILED);
  }

  @Test
  void anAnalysisNotWrittenByTheFifthIsFollowedUpByTheCentreManagerEveryDay_QA01() {
    Date fifth = analysisDueOnTheFifthThenDaily();
    ProcessInstance pi = opened();
    assertThat(timer(pi, ANALYSIS_OVERDUE).getDuedate()).isEqualTo(fifth);

    setClock(LocalDateTime.of(2026, 12, 6, 0, 1));
    fire(timer(pi, ANALYSIS_OVERDUE));

    assertThat(pi).isWaitingAt(WRITE_ANALYSIS, CHASE_ANALYSIS);
    assertThat(task(pi, CHASE_ANALYSIS).getName()).isEqualTo("跟进逾期的月度分析");
    complete(pi, CHASE_ANALYSIS);
    // the head's task stays until the analysis is written, and the escalation repeats a day later
    assertThat(pi).isWaitingAt(WRITE_ANALYSIS);
    Date sixth = Date.from(LocalDateTime.of(2026, 12, 7, 0, 0).atZone(SHANGHAI).toInstant());
    assertThat(timer(pi, ANALYSIS_OVERDUE).getDuedate()).isEqualTo(sixth);
    setClock(LocalDateTime.of(2026, 12, 7, 0, 1));
    fire(timer(pi, ANALYSIS_OVERDUE));
    assertThat(pi).isWaitingAt(WRITE_ANALYSIS, CHASE_ANALYSIS);
    complete(pi, CHASE_ANALYSIS);
    Date seventh = Date.from(LocalDateTime.of(2026, 12, 8, 0, 0).atZone(SHANGHAI).toInstant());
    assertThat(timer(pi, ANALYSIS_OVERDUE).getDuedate()).isEqualTo(seventh);

    // once the analysis is written, nothing escalates any more
    complete(pi, WRITE_ANALYSIS);
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(ANALYSIS_OVERDUE)
                .count())
        .isZero();
    complete(pi, APPROVE_REPORT, DECISION.of(MonthlyEvaluationProcess.APPROVE));
    assertThat(pi).isEnded();
  }

  @Test
  void aRepeatedEscalationNobodyActsOnKeepsOneFollowUpTaskAndIsRecordedEachTime_QA01() {
    Date fifth = analysisDueOnTheFifthThenDaily();
    ProcessInstance pi = opened();

    for (int day = 6; day <= 8; day++) {
      setClock(LocalDateTime.of(2026, 12, day, 0, 1));
      fire(timer(pi, ANALYSIS_OVERDUE));
    }

    assertThat(pi).isWaitingAt(WRITE_ANALYSIS, CHASE_ANALYSIS);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(CHASE_ANALYSIS)
                .count())
        .isEqualTo(1);
    assertThat(delegatesRun.stream().filter("recordAnalysisEscalationDelegate"::equals))
        .as("recorded each cycle")
        .hasSize(3);
    assertThat(pi)
        .hasPassedInOrder(
            MonthlyEvaluationProcess.Element.RECORD_ESCALATION,
            MonthlyEvaluationProcess.Element.CHASE_REMINDED);
  }

  /** December's evaluation opens on the 1st; its analysis is due by the 5th, chased daily after. */
  private Date analysisDueOnTheFifthThenDaily() {
    setClock(LocalDateTime.of(2026, 12, 1, 1, 0));
    Date fifth = Date.from(LocalDateTime.of(2026, 12, 6, 0, 0).atZone(SHANGHAI).toInstant());
    Mockito.when(monthlyEvaluations.due(Mockito.any())).thenReturn(fifth);
    Mockito.when(monthlyEvaluations.overdueCycle(Mockito.any()))
        .thenReturn(EscalationCycle.of(fifth.toInstant(), Duration.ofDays(1)));
    return fifth;
  }
}
