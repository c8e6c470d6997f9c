package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.CHASE_REPORT;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.HEAD_REMINDED;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.PREPARE_REPORT;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.READ_REPORT;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.REMIND_HEAD;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.REPORT_CHASED;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.REPORT_READ;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.WRITE_REPORT;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Var.MONTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyTenancy;
import com.residentdesk.support.ModelTestSupport;
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
 * special-service-report-schedule and special-service-report: the company timer of the 1st opens
 * the month's reports; the report is prepared, the customer-service head writes it by its due date
 * and quality reads it; a late one reminds the head the day before and goes to the centre manager
 * at the deadline.
 */
@Tag("fast")
class ServiceReportModelTest extends ModelTestSupport {

  private Job scheduleTimer() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(ServiceReportScheduleProcess.KEY)
        .timers()
        .singleResult();
  }

  @Test
  void theScheduleBelongsToTheCompanyNotToAProperty_SVC10() {
    assertThat(PropertyTenancy.COMPANY_TIMER_PROCESSES).contains(ServiceReportScheduleProcess.KEY);
  }

  @Test
  void theTimerFiresOnTheFirstOfEveryMonthAndOpensTheReports_SVC10() {
    Job first = scheduleTimer();
    assertThat(first).as("the schedule's timer, waiting from deployment").isNotNull();
    ZonedDateTime due = first.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.getHour()).isEqualTo(2);
    assertThat(due.getMinute()).isEqualTo(30);

    ClockUtil.setCurrentTime(first.getDuedate());
    fire(first);
    assertThat(delegatesRun).containsExactly("openServiceReportsDelegate");

    ZonedDateTime next = scheduleTimer().getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(next.getDayOfMonth()).isEqualTo(1);
    assertThat(next.toLocalDate()).isEqualTo(due.toLocalDate().plusMonths(1));
  }

  private static final Date FOURTH_NINE =
      Date.from(LocalDateTime.of(2026, 12, 4, 9, 0).atZone(SHANGHAI).toInstant());
  private static final Date FIFTH =
      Date.from(LocalDateTime.of(2026, 12, 5, 0, 0).atZone(SHANGHAI).toInstant());

  /** November's report, opened on 1 December and due before the 5th (Shanghai). */
  private ProcessInstance opened() {
    ClockUtil.setCurrentTime(
        Date.from(LocalDateTime.of(2026, 12, 1, 2, 30).atZone(SHANGHAI).toInstant()));
    Mockito.when(serviceReports.due(Mockito.any())).thenReturn(FIFTH);
    Mockito.when(serviceReports.reminderAt(Mockito.any())).thenReturn(FOURTH_NINE);
    stub(
        "prepareServiceReportDelegate",
        execution -> SpecialServiceReportProcess.Var.REPORT_ID.set(execution, 7L));
    return start(SpecialServiceReportProcess.KEY, MONTH.of("2026-11"));
  }

  private java.util.List<Job> timers(ProcessInstance pi) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .timers()
        .orderByJobDuedate()
        .asc()
        .list();
  }

  private java.util.List<Job> dueTimers(ProcessInstance pi) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .timers()
        .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1))
        .list();
  }

  @Test
  void aLateReportRemindsTheHeadTheDayBeforeAndGoesToTheCentreManagerAtTheDeadline_SVC10() {
    ProcessInstance pi = opened();
    assertThat(timers(pi))
        .extracting(Job::getDuedate)
        .as("reminder at 09:00 on the 4th, escalation at 00:00 on the 5th, Shanghai")
        .containsExactly(FOURTH_NINE, FIFTH);

    ClockUtil.setCurrentTime(new Date(FOURTH_NINE.getTime() - 1000));
    assertThat(dueTimers(pi)).isEmpty();
    ClockUtil.setCurrentTime(FOURTH_NINE);
    assertThat(dueTimers(pi)).singleElement().satisfies(this::fire);
    assertThat(delegatesRun).contains("remindServiceReportDelegate");
    assertThat(pi).hasPassed(REMIND_HEAD, HEAD_REMINDED).isWaitingAt(WRITE_REPORT);

    ClockUtil.setCurrentTime(new Date(FIFTH.getTime() - 1000));
    assertThat(dueTimers(pi)).isEmpty();
    ClockUtil.setCurrentTime(FIFTH);
    assertThat(dueTimers(pi)).singleElement().satisfies(this::fire);
    assertThat(pi).isWaitingAt(WRITE_REPORT, CHASE_REPORT);
    assertThat(task(pi, CHASE_REPORT).getTaskDefinitionKey()).isEqualTo(CHASE_REPORT);
    assertThat(
            engine.getTaskService().getIdentityLinksForTask(task(pi, CHASE_REPORT).getId()).stream()
                .map(link -> link.getGroupId())
                .toList())
        .containsExactly(StaffGroups.CENTRE_MANAGER);

    complete(pi, CHASE_REPORT);
    assertThat(pi).hasPassed(REPORT_CHASED).isWaitingAt(WRITE_REPORT);
    complete(pi, WRITE_REPORT);
    complete(pi, READ_REPORT);
    assertThat(pi).isEnded();
  }

  @Test
  void theHeadWritesTheReportByItsDueDateAndQualityReadsIt_SVC10_SVC12() {
    ProcessInstance pi = opened();

    assertThat(pi).hasPassed(PREPARE_REPORT).isWaitingAt(WRITE_REPORT);
    assertThat(pi).task().hasCandidateGroup(StaffGroups.CS_HEAD);
    assertThat(task(pi, WRITE_REPORT).getDueDate()).isEqualTo(FIFTH);
    complete(pi, WRITE_REPORT);

    assertThat(timers(pi)).as("a report written in time is not chased").isEmpty();
    assertThat(pi).isWaitingAt(READ_REPORT);
    assertThat(pi).task().hasCandidateGroup(StaffGroups.QUALITY);
    complete(pi, READ_REPORT);
    assertThat(pi).isEnded().hasPassed(REPORT_READ);
    assertThat(delegatesRun).containsExactly("prepareServiceReportDelegate");
  }
}
