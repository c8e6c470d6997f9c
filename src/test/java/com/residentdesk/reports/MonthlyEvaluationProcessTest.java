package com.residentdesk.reports;

import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.APPROVE_REPORT;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.CHASE_ANALYSIS;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Element.WRITE_ANALYSIS;
import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly evaluation on the real application (QA-01, QA-06, QA-07, CMP-08), time driven with
 * ClockUtil: the timer of 1 August 2024 opens July's evaluation at each property (its tenant),
 * pre-filled with the known figures of {@link KpiSeed} and its recurring problem; the analysis is
 * due by the end of 5 August in Shanghai, and the centre manager is asked to follow it up after; a
 * report sent back comes back to the head; the approved report is filed for two years, as PDF.
 */
public class MonthlyEvaluationProcessTest extends ProcessTestSupport {

  @Autowired private JdbcTemplate jdbc;
  @Autowired private MonthlyEvaluationRepository records;
  @Autowired private EvaluationPdf pdf;

  private Job scheduleTimer() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(MonthlyEvaluationScheduleProcess.KEY)
        .timers()
        .singleResult();
  }

  private ProcessInstance evaluation(String property) {
    List<ProcessInstance> running =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(MonthlyEvaluationProcess.businessKey(property, "2024-07"))
            .list();
    assertThat(running).as("July's evaluation at " + property).hasSize(1);
    return running.get(0);
  }

  private static Map<String, Object> vars(ProcessVariable.Value... values) {
    return com.residentdesk.casefile.ProcessVariable.variables(values);
  }

  @Test
  void theFirstOfAugustOpensJulysEvaluationAndItIsWrittenApprovedAndFiled_QA01_QA06_QA07() {
    new KpiSeed(jdbc).ensure();
    setClock(LocalDateTime.of(2024, 8, 1, 1, 0));

    fire(scheduleTimer());
    fire(scheduleTimer()); // a second firing (a restart, a retry) opens nothing twice

    ProcessInstance a = evaluation(DeskFixture.PROPERTY_A);
    ProcessInstance b = evaluation(DeskFixture.PROPERTY_B);
    assertThat(a.getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(b.getTenantId()).isEqualTo(DeskFixture.PROPERTY_B);

    // the head's task, due by the end of 5 August in Shanghai
    Task write = openTask(a, WRITE_ANALYSIS);
    assertThat(write.getName()).isEqualTo("撰写月度分析：南湖花园 2024-07");
    assertThat(write.getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2024-08-06T00:00:00+08:00").toInstant());
    assertThat(engine.getTaskService().getIdentityLinksForTask(write.getId()).get(0).getGroupId())
        .isEqualTo(StaffGroups.CS_HEAD);

    // pre-filled: July's figures and the recurring problem
    MonthlyEvaluation record =
        records
            .findByPropertyCodeAndEvaluatedMonth(DeskFixture.PROPERTY_A, "2024-07")
            .orElseThrow();
    MonthlyEvaluations.ReportFigures figures = evaluationsOf().readFigures(record);
    assertThat(figures.kpi().totals().requests()).isEqualTo(4);
    assertThat(figures.kpi().totals().reworkRate()).isEqualTo(0.5);
    assertThat(figures.complaints().complaints()).isEqualTo(1);
    assertThat(evaluationsOf().readRecurring(record))
        .contains(
            new MonthlyEvaluations.Recurring("unit", KpiSeed.RECURRING_UNIT, "repair", 3),
            new MonthlyEvaluations.Recurring("building", "18", "repair", 3));
    String info =
        (String)
            engine.getTaskService().getVariableLocal(write.getId(), MonthlyEvaluationTasks.INFO);
    assertThat(info).contains("返修率：50.0%", "房号 18-0202：报修 3 次");

    // 5 August has ended: the centre manager is asked to follow it up; the head's task stays
    setClock(LocalDateTime.of(2024, 8, 6, 0, 1));
    fire(timer(a, MonthlyEvaluationProcess.Element.ANALYSIS_OVERDUE));
    completeAs(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        a,
        CHASE_ANALYSIS,
        vars(MonthlyEvaluationProcess.Field.CHASE_NOTE.of("Agreed: by 7 August")));

    // still not written at the end of 6 August: the escalation repeats, a day after the first
    Job again = timer(a, MonthlyEvaluationProcess.Element.ANALYSIS_OVERDUE);
    assertThat(again.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2024-08-07T00:00:00+08:00").toInstant());
    setClock(LocalDateTime.of(2024, 8, 7, 0, 1));
    fire(again);
    completeAs(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        a,
        CHASE_ANALYSIS,
        vars(MonthlyEvaluationProcess.Field.CHASE_NOTE.of("Asked again: today")));
    assertThat(timer(a, MonthlyEvaluationProcess.Element.ANALYSIS_OVERDUE).getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2024-08-08T00:00:00+08:00").toInstant());

    // an empty analysis is refused and the task stays
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                completeAs(
                    "cshead",
                    StaffGroups.CS_HEAD,
                    a,
                    WRITE_ANALYSIS,
                    vars(
                        MonthlyEvaluationProcess.Field.ANALYSIS.of(" "),
                        MonthlyEvaluationProcess.Field.PREVENTIVE_MEASURES.of("none"))))
        .hasMessageContaining("analysis");
    assertThat(openTask(a, WRITE_ANALYSIS)).isNotNull();
    completeAs(
        "cshead",
        StaffGroups.CS_HEAD,
        a,
        WRITE_ANALYSIS,
        vars(
            MonthlyEvaluationProcess.Field.ANALYSIS.of("Rework at 50 %: one leak fixed twice."),
            MonthlyEvaluationProcess.Field.PREVENTIVE_MEASURES.of(
                "Lift of 18-0202: motor replaced; engineering checks it monthly.")));
    // sent back once
    completeAs(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        a,
        APPROVE_REPORT,
        vars(
            MonthlyEvaluationProcess.Var.DECISION.of(MonthlyEvaluationProcess.REVISE),
            MonthlyEvaluationProcess.Field.APPROVAL_NOTE.of("Say who checks the lift.")));
    assertThat(openTask(a, WRITE_ANALYSIS)).isNotNull();
    completeAs(
        "cshead",
        StaffGroups.CS_HEAD,
        a,
        WRITE_ANALYSIS,
        vars(
            MonthlyEvaluationProcess.Field.ANALYSIS.of("Rework at 50 %: one leak fixed twice."),
            MonthlyEvaluationProcess.Field.PREVENTIVE_MEASURES.of(
                "Lift of 18-0202: motor replaced; engineer Li checks it monthly.")));
    completeAs(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        a,
        APPROVE_REPORT,
        vars(MonthlyEvaluationProcess.Var.DECISION.of(MonthlyEvaluationProcess.APPROVE)));

    MonthlyEvaluation filed = records.findById(record.getId()).orElseThrow();
    assertThat(filed.getFiledAt()).isNotNull();
    assertThat(filed.getKeepUntil()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(filed.getRevisions()).isEqualTo(1);
    assertThat(filed.getWrittenBy()).isEqualTo("cshead");
    assertThat(filed.getApprovedBy()).isEqualTo("manager");
    assertThat(filed.getChaseNote())
        .isEqualTo("manager: Agreed: by 7 August\nmanager: Asked again: today");
    // written and approved: no escalation waits any more
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(a.getId())
                .activityId(MonthlyEvaluationProcess.Element.ANALYSIS_OVERDUE)
                .count())
        .isZero();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(a.getId())
                .count())
        .isZero();
    byte[] report = pdf.of(filed);
    assertThat(new String(report, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Autowired private MonthlyEvaluations evaluations;
  @Autowired private com.residentdesk.property.PropertyRepository properties;
  @Autowired private com.residentdesk.property.PropertyRegister register;

  /** Gives property B another time zone (its other settings as they are) for the test's time. */
  private void zoneOfB(String zone) {
    transaction.executeWithoutResult(
        status -> {
          var b = properties.findById(DeskFixture.PROPERTY_B).orElseThrow();
          register.update(
              b,
              new com.residentdesk.property.PropertyRegister.Details(
                  b.getName(),
                  b.getAddress(),
                  b.getPhone(),
                  zone,
                  b.getFrontDeskOpens(),
                  b.getFrontDeskCloses()));
        });
  }

  private boolean opened(String property, String month) {
    return engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(MonthlyEvaluationProcess.businessKey(property, month))
            .count()
        > 0;
  }

  @Test
  void eachPropertysEvaluationOpensAtOneOClockOnTheFirstInItsOwnTimeZone_QA01() {
    // property B is in Auckland (13 hours ahead of UTC in October, 5 ahead of Shanghai)
    zoneOfB("Pacific/Auckland");
    try {
      // 30 September 19:30 in Shanghai is 1 October 00:30 in Auckland: nobody's 01:00 yet
      setClock(LocalDateTime.of(2024, 9, 30, 19, 30));
      fire(scheduleTimer());
      assertThat(opened(DeskFixture.PROPERTY_B, "2024-09")).isFalse();

      // 20:00 in Shanghai is 01:00 in Auckland: B's September opens, A (Shanghai) is still in it
      setClock(LocalDateTime.of(2024, 9, 30, 20, 0));
      fire(scheduleTimer());
      assertThat(opened(DeskFixture.PROPERTY_B, "2024-09")).isTrue();
      assertThat(opened(DeskFixture.PROPERTY_A, "2024-09")).isFalse();
      // B's analysis is due by the end of 5 October in Auckland
      Task write =
          openTask(
              engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(
                      MonthlyEvaluationProcess.businessKey(DeskFixture.PROPERTY_B, "2024-09"))
                  .singleResult(),
              WRITE_ANALYSIS);
      assertThat(write.getDueDate().toInstant())
          .isEqualTo(OffsetDateTime.parse("2024-10-06T00:00:00+13:00").toInstant());

      // 1 October 00:45 in Shanghai: A not yet; 01:00: A's September opens, B's not twice
      setClock(LocalDateTime.of(2024, 10, 1, 0, 45));
      fire(scheduleTimer());
      assertThat(opened(DeskFixture.PROPERTY_A, "2024-09")).isFalse();
      setClock(LocalDateTime.of(2024, 10, 1, 1, 0));
      fire(scheduleTimer());
      assertThat(opened(DeskFixture.PROPERTY_A, "2024-09")).isTrue();
      assertThat(
              engine
                  .getHistoryService()
                  .createHistoricProcessInstanceQuery()
                  .processDefinitionKey(MonthlyEvaluationProcess.KEY)
                  .processInstanceBusinessKey(
                      MonthlyEvaluationProcess.businessKey(DeskFixture.PROPERTY_B, "2024-09"))
                  .count())
          .isEqualTo(1);

      // after the due day (6 October) nothing more is opened for a month long gone
      setClock(LocalDateTime.of(2024, 10, 7, 12, 0));
      assertThat(evaluations.openDue()).isEmpty();
    } finally {
      zoneOfB(null);
    }
  }

  private MonthlyEvaluations evaluationsOf() {
    return evaluations;
  }

  @Test
  void aLateAnalysisNobodyActsOnKeepsOneFollowUpAndRecordsEveryEscalation_QA01() {
    setClock(LocalDateTime.of(2024, 10, 1, 1, 0));
    fire(scheduleTimer());
    ProcessInstance a =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(
                MonthlyEvaluationProcess.businessKey(DeskFixture.PROPERTY_A, "2024-09"))
            .singleResult();
    assertThat(a).isNotNull();

    // the ends of 5, 6 and 7 October in Shanghai: three cycles, nobody acts
    for (int day = 6; day <= 8; day++) {
      Job overdue = timer(a, MonthlyEvaluationProcess.Element.ANALYSIS_OVERDUE);
      assertThat(overdue.getDuedate().toInstant())
          .isEqualTo(
              OffsetDateTime.parse(String.format("2024-10-%02dT00:00:00+08:00", day)).toInstant());
      setClock(LocalDateTime.of(2024, 10, day, 0, 1));
      fire(overdue);
    }

    List<Task> chases =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(a.getId())
            .taskDefinitionKey(CHASE_ANALYSIS)
            .list();
    assertThat(chases).as("one open follow-up for the centre manager").hasSize(1);
    assertThat(chases.get(0).getPriority()).as("raised twice from 70").isEqualTo(90);
    MonthlyEvaluation record =
        records
            .findByPropertyCodeAndEvaluatedMonth(DeskFixture.PROPERTY_A, "2024-09")
            .orElseThrow();
    assertThat(record.getEscalations()).as("recorded each cycle").isEqualTo(3);
    assertThat(record.getLastEscalatedAt())
        .isEqualTo(OffsetDateTime.parse("2024-10-08T00:01:00+08:00").toInstant());
    assertThat(openTask(a, WRITE_ANALYSIS)).isNotNull();
  }
}
