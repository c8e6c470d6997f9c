package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.PREPARE_REPORT;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.READ_REPORT;
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
 * and quality reads it.
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

  @Test
  void theHeadWritesTheReportByItsDueDateAndQualityReadsIt_SVC10_SVC12() {
    Date fifth = Date.from(LocalDateTime.of(2026, 12, 5, 0, 0).atZone(SHANGHAI).toInstant());
    Mockito.when(serviceReports.due(Mockito.any())).thenReturn(fifth);
    stub(
        "prepareServiceReportDelegate",
        execution -> SpecialServiceReportProcess.Var.REPORT_ID.set(execution, 7L));
    ProcessInstance pi = start(SpecialServiceReportProcess.KEY, MONTH.of("2026-11"));

    assertThat(pi).hasPassed(PREPARE_REPORT).isWaitingAt(WRITE_REPORT);
    assertThat(pi).task().hasCandidateGroup(StaffGroups.CS_HEAD);
    assertThat(task(pi, WRITE_REPORT).getDueDate()).isEqualTo(fifth);
    complete(pi, WRITE_REPORT);

    assertThat(pi).isWaitingAt(READ_REPORT);
    assertThat(pi).task().hasCandidateGroup(StaffGroups.QUALITY);
    complete(pi, READ_REPORT);
    assertThat(pi).isEnded().hasPassed(REPORT_READ);
    assertThat(delegatesRun).containsExactly("prepareServiceReportDelegate");
  }
}
