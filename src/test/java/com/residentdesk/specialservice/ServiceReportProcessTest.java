package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.READ_REPORT;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Element.WRITE_REPORT;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Field.ANALYSIS;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Field.MEASURES;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Field.QUALITY_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.intake.NewCaseRequest;
import com.residentdesk.property.PropertyRegister;
import com.residentdesk.property.PropertyRepository;
import com.residentdesk.reports.MonthlyEvaluations;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly special-service analysis report with the engine's clock (SVC-10, SVC-02, SVC-12): the
 * company timer on the 1st opens one report per property, due before the 5th in each property's own
 * time zone whatever the server's zone; the figures of a known month at property A; the head writes
 * it and quality reads it; the monthly evaluation shows the same figures (QA-01).
 */
public class ServiceReportProcessTest extends ProcessTestSupport {

  private static final String DUBAI_PROPERTY = "PC";
  private static final YearMonth MAY_2021 = YearMonth.of(2021, 5);

  @Autowired private ServiceReports reports;
  @Autowired private ServiceReportRepository records;
  @Autowired private ServiceReportPdf pdf;
  @Autowired private SpecialServiceFigures figures;
  @Autowired private SpecialServices specialServices;
  @Autowired private BookingRepository bookings;
  @Autowired private MonthlyEvaluations evaluations;
  @Autowired private PropertyRegister register;
  @Autowired private PropertyRepository properties;
  @Autowired private JdbcTemplate jdbc;

  private Job scheduleTimer() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(ServiceReportScheduleProcess.KEY)
        .timers()
        .singleResult();
  }

  private ProcessInstance report(String property, String month) {
    List<ProcessInstance> running =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(SpecialServiceReportProcess.businessKey(property, month))
            .list();
    assertThat(running).as("%s report at %s", month, property).hasSize(1);
    return running.get(0);
  }

  private static Map<String, Object> vars(ProcessVariable.Value... values) {
    return ProcessVariable.variables(values);
  }

  @Test
  void theCompanyTimerOnTheFirstOpensEachPropertysReportDueBeforeTheFifthInItsOwnZone_SVC10() {
    if (!properties.existsById(DUBAI_PROPERTY)) {
      register.add(
          DUBAI_PROPERTY,
          new PropertyRegister.Details("迪拜花园", null, null, "Asia/Dubai", null, null));
    }
    // the timer is a cycle on the 1st at 02:30 (after the SVC-09 draw at 02:00)
    ZonedDateTime next = scheduleTimer().getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(next.getDayOfMonth()).isEqualTo(1);
    assertThat(next.toLocalTime()).isEqualTo(java.time.LocalTime.of(2, 30));

    TimeZone jvm = TimeZone.getDefault();
    try {
      // the server runs in Los Angeles, where 1 March 02:30 in Shanghai is still 28 February
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      setClock(LocalDateTime.of(2020, 3, 1, 2, 30));
      fire(scheduleTimer());
      fire(scheduleTimer()); // a second firing opens nothing twice
      theReportsOfFebruary2020AreOpenAndDueBeforeTheFifthInTheirZones();
    } finally {
      TimeZone.setDefault(jvm);
    }
  }

  /** Read as a server in Los Angeles reads them (its zone does not change while it runs). */
  private void theReportsOfFebruary2020AreOpenAndDueBeforeTheFifthInTheirZones() {
    ProcessInstance a = report(DeskFixture.PROPERTY_A, "2020-02");
    ProcessInstance c = report(DUBAI_PROPERTY, "2020-02");
    assertThat(a.getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(c.getTenantId()).isEqualTo(DUBAI_PROPERTY);
    assertThat(report(DeskFixture.PROPERTY_B, "2020-02").getTenantId())
        .isEqualTo(DeskFixture.PROPERTY_B);

    Task write = openTask(a, WRITE_REPORT);
    assertThat(write.getName()).isEqualTo("撰写特约服务分析报告：南湖花园 2020-02");
    assertThat(write.getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2020-03-05T00:00:00+08:00").toInstant());
    assertThat(engine.getTaskService().getIdentityLinksForTask(write.getId()).get(0).getGroupId())
        .isEqualTo(StaffGroups.CS_HEAD);
    assertThat(openTask(c, WRITE_REPORT).getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2020-03-05T00:00:00+04:00").toInstant());
    String info =
        (String) engine.getTaskService().getVariableLocal(write.getId(), ServiceReportTasks.INFO);
    assertThat(info)
        .contains("准时上门率", "目标 100%", "返工率", "目标 低于 1%", "满意率", "抽样回访")
        .contains("须于 2020-03-05 00:00:00 前提交");
  }

  /** A booking at property A, appointed and arrived at the given Shanghai times, then recorded. */
  private Booking served(
      String unit,
      LocalDateTime appointment,
      LocalDateTime arrival,
      LocalDateTime recorded,
      String delivered,
      String payment,
      boolean satisfied) {
    ProcessInstance pi =
        submit(
            new NewCaseRequest(
                "phone",
                unit,
                "Test Resident",
                "13900000000",
                null,
                null,
                "special-service",
                null,
                "Housekeeping",
                "Whole flat",
                DeskFixture.PROPERTY_A,
                new BookingRequest(
                    "HK-HOURLY",
                    appointment.atOffset(ZoneOffset.ofHours(8)),
                    new BigDecimal("2"),
                    new BigDecimal("90"),
                    null,
                    null)));
    return transaction.execute(
        status -> {
          Booking b = specialServices.of(caseId(pi));
          b.recordArrival(shanghai(arrival), "clerk");
          b.recordHandling(
              new Booking.Handling(
                  true, true, true, 60, new BigDecimal(delivered), null, payment, satisfied),
              "clerk",
              shanghai(recorded));
          return bookings.save(b);
        });
  }

  private static Instant shanghai(LocalDateTime local) {
    return local.atOffset(ZoneOffset.ofHours(8)).toInstant();
  }

  private void sampled(String unit, LocalDateTime calledAt, Boolean satisfied) {
    jdbc.update(
        "insert into special_service_sampling (property_code, sampled_month, unit,"
            + " households_served, sample_size, drawn_at, method, satisfied, called_by, called_at)"
            + " values (?, '2021-04', ?, 9, 3, ?, ?, ?, ?, ?)",
        DeskFixture.PROPERTY_A,
        unit,
        java.sql.Timestamp.from(shanghai(LocalDateTime.of(2021, 4, 1, 2, 0))),
        calledAt == null ? null : "phone",
        satisfied,
        calledAt == null ? null : "clerk",
        calledAt == null ? null : java.sql.Timestamp.from(shanghai(calledAt)));
  }

  @Test
  void theMonthsFiguresAreCountedInThePropertysMonthAgainstTheTargets_SVC02_SVC10_SVC09()
      throws Exception {
    setClock(LocalDateTime.of(2021, 5, 1, 8, 0));
    // on time, 90 paid, satisfied
    served(
        "7-0701",
        LocalDateTime.of(2021, 5, 10, 10, 0),
        LocalDateTime.of(2021, 5, 10, 10, 1),
        LocalDateTime.of(2021, 5, 10, 12, 0),
        "2",
        "paid",
        true);
    // 3 minutes late, 45 outstanding, unsatisfied and reworked
    Booking late =
        served(
            "7-0702",
            LocalDateTime.of(2021, 5, 12, 10, 0),
            LocalDateTime.of(2021, 5, 12, 10, 3),
            LocalDateTime.of(2021, 5, 12, 11, 0),
            "1",
            "outstanding",
            false);
    transaction.executeWithoutResult(
        status -> {
          Booking b = bookings.findById(late.getId()).orElseThrow();
          b.recordNonconformity("未按约定清洁厨房", "重新清洁", "clerk", LocalDate.of(2021, 5, 13), "已复查");
          bookings.save(b);
        });
    // the same household again, at 23:50 on 31 May in Shanghai: May's; waived, so no revenue
    served(
        "7-0701",
        LocalDateTime.of(2021, 5, 31, 23, 0),
        LocalDateTime.of(2021, 5, 31, 23, 0),
        LocalDateTime.of(2021, 5, 31, 23, 50),
        "2",
        "waived",
        true);
    // 1 June 00:30 in Shanghai (still 31 May in UTC): June's, not counted
    served(
        "7-0703",
        LocalDateTime.of(2021, 6, 1, 0, 10),
        LocalDateTime.of(2021, 6, 1, 0, 10),
        LocalDateTime.of(2021, 6, 1, 0, 30),
        "2",
        "paid",
        false);
    // the draw made on 1 May (April's households): three required, two called in May
    sampled("7-0801", LocalDateTime.of(2021, 5, 3, 10, 0), true);
    sampled("7-0802", LocalDateTime.of(2021, 5, 20, 10, 0), false);
    sampled("7-0803", null, null);

    SpecialServiceFigures.Figures f = figures.of(DeskFixture.PROPERTY_A, MAY_2021);
    assertThat(f.services()).isEqualTo(3);
    assertThat(f.households()).isEqualTo(2);
    assertThat(f.revenue()).isEqualByComparingTo("135.00");
    assertThat(f.arrivals()).isEqualTo(3);
    assertThat(f.onTime()).isEqualTo(2);
    assertThat(f.punctualityMisses()).isEqualTo(1);
    assertThat(f.onTimeRate()).isEqualTo(2.0 / 3);
    assertThat(f.reworked()).isEqualTo(1);
    assertThat(f.reworkRate()).isEqualTo(1.0 / 3);
    // 3 service records (2 satisfied) and 2 callbacks (1 satisfied)
    assertThat(f.answers()).isEqualTo(5);
    assertThat(f.satisfied()).isEqualTo(3);
    assertThat(f.satisfactionRate()).isEqualTo(0.6);
    assertThat(f.samplingRequired()).isEqualTo(3);
    assertThat(f.samplingDone()).isEqualTo(2);
    assertThat(SpecialServiceFigures.lines(f))
        .extracting(SpecialServiceFigures.Line::value)
        .contains("66.7%（2/3）", "33.3%（1/3）", "60.0%（3/5）", "完成 2 户 / 应抽 3 户", "¥135.00");

    // the monthly evaluation (QA-01) carries the same figures, from the same query
    setClock(LocalDateTime.of(2021, 6, 1, 2, 30));
    long evaluation = evaluations.prepare(DeskFixture.PROPERTY_A, MAY_2021);
    MonthlyEvaluations.ReportFigures onEvaluation =
        new ObjectMapper()
            .findAndRegisterModules()
            .readValue(
                evaluations.get(evaluation).getFigures(), MonthlyEvaluations.ReportFigures.class);
    assertThat(onEvaluation.specialServices()).isEqualTo(f);

    // the report of May opens with them; the head writes it, quality reads it
    reports.openAll(MAY_2021);
    ProcessInstance b = report(DeskFixture.PROPERTY_A, "2021-05");
    ServiceReport opened =
        records.findByPropertyCodeAndReportMonth(DeskFixture.PROPERTY_A, "2021-05").orElseThrow();
    assertThat(reports.figuresOf(opened)).isEqualTo(f);
    assertThat(openTask(b, WRITE_REPORT).getName()).isEqualTo("撰写特约服务分析报告：南湖花园 2021-05");

    assertThatThrownBy(
            () ->
                completeAs(
                    "cshead",
                    StaffGroups.CS_HEAD,
                    b,
                    WRITE_REPORT,
                    vars(ANALYSIS.of(" "), MEASURES.of("无"))))
        .hasMessageContaining("analysis");
    assertThat(openTask(b, WRITE_REPORT)).isNotNull();
    completeAs(
        "cshead",
        StaffGroups.CS_HEAD,
        b,
        WRITE_REPORT,
        vars(ANALYSIS.of("准时上门率 66.7%：一次迟到 3 分钟；返工一次。"), MEASURES.of("出发前核对预约时间；保洁完成后按清单自检。")));

    Task read = openTask(b, READ_REPORT);
    assertThat(read.getName()).isEqualTo("阅知特约服务分析报告：南湖花园 2021-05");
    assertThat(engine.getTaskService().getIdentityLinksForTask(read.getId()).get(0).getGroupId())
        .isEqualTo(StaffGroups.QUALITY);
    assertThat(
            (String)
                engine.getTaskService().getVariableLocal(read.getId(), ServiceReportTasks.INFO))
        .contains("出发前核对预约时间");
    completeAs("quality", StaffGroups.QUALITY, b, READ_REPORT, vars(QUALITY_NOTE.of("已阅")));

    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(b.getId())
                .singleResult()
                .getEndActivityId())
        .isEqualTo(SpecialServiceReportProcess.Element.REPORT_READ);
    ServiceReport filed = reports.of(DeskFixture.PROPERTY_A, MAY_2021);
    assertThat(filed.getWrittenBy()).isEqualTo("cshead");
    assertThat(filed.getReadBy()).isEqualTo("quality");
    assertThat(filed.getQualityNote()).isEqualTo("已阅");
    assertThat(new String(pdf.of(filed), java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-");
  }

  /** The report of a month at a property, started as the schedule starts it. */
  private ProcessInstance opened(String property, String month) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            SpecialServiceReportProcess.KEY,
            SpecialServiceReportProcess.businessKey(property, month),
            Map.of(
                com.residentdesk.casefile.CaseVariables.PROPERTY.name(),
                property,
                SpecialServiceReportProcess.Var.MONTH.name(),
                month));
  }

  @Test
  void aLateReportRemindsTheHeadTheDayBeforeAndGoesToTheCentreManagerAtTheDeadline_SVC10() {
    if (!properties.existsById(DUBAI_PROPERTY)) {
      register.add(
          DUBAI_PROPERTY,
          new PropertyRegister.Details("迪拜花园", null, null, "Asia/Dubai", null, null));
    }
    setClock(LocalDateTime.of(2019, 9, 1, 2, 30));
    ProcessInstance dubai = opened(DUBAI_PROPERTY, "2019-08");
    assertThat(timer(dubai, SpecialServiceReportProcess.Element.REMINDER_DUE).getDuedate())
        .as("09:00 on the 4th in the property's own zone")
        .isEqualTo(
            java.util.Date.from(OffsetDateTime.parse("2019-09-04T09:00:00+04:00").toInstant()));
    assertThat(timer(dubai, SpecialServiceReportProcess.Element.REPORT_OVERDUE).getDuedate())
        .isEqualTo(
            java.util.Date.from(OffsetDateTime.parse("2019-09-05T00:00:00+04:00").toInstant()));

    ProcessInstance a = opened(DeskFixture.PROPERTY_A, "2019-08");
    long id =
        records
            .findByPropertyCodeAndReportMonth(DeskFixture.PROPERTY_A, "2019-08")
            .orElseThrow()
            .getId();
    Job reminder = timer(a, SpecialServiceReportProcess.Element.REMINDER_DUE);
    assertThat(reminder.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2019-09-04T09:00:00+08:00").toInstant());
    setClock(LocalDateTime.of(2019, 9, 4, 9, 0));
    fire(reminder);

    List<Map<String, Object>> mails =
        jdbc.queryForList(
            "select recipient, subject, body from outbox_message where dedupe_key like ?",
            "special-service-report-reminder-" + id + "-%");
    assertThat(mails)
        .as("the head of the property, once")
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.get("recipient")).isEqualTo("cshead@service-desk.example.com");
              assertThat((String) mail.get("subject")).contains("南湖花园", "2019-08");
              assertThat((String) mail.get("body")).contains("2019-09-05 00:00");
            });
    assertThat(records.findById(id).orElseThrow().getRemindedAt()).isNotNull();
    assertThat(openTask(a, WRITE_REPORT)).as("the head's task stays").isNotNull();

    Job overdue = timer(a, SpecialServiceReportProcess.Element.REPORT_OVERDUE);
    assertThat(overdue.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2019-09-05T00:00:00+08:00").toInstant());
    setClock(LocalDateTime.of(2019, 9, 5, 0, 0));
    fire(overdue);
    Task chase = openTask(a, SpecialServiceReportProcess.Element.CHASE_REPORT);
    assertThat(chase.getName()).isEqualTo("跟进逾期的特约服务分析报告：南湖花园 2019-08");
    assertThat(engine.getTaskService().getIdentityLinksForTask(chase.getId()).get(0).getGroupId())
        .isEqualTo(StaffGroups.CENTRE_MANAGER);
    completeAs(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        a,
        SpecialServiceReportProcess.Element.CHASE_REPORT,
        vars(SpecialServiceReportProcess.Field.CHASE_NOTE.of("已与客服主管沟通，9 月 6 日前提交")));
    ServiceReport chased = records.findById(id).orElseThrow();
    assertThat(chased.getChasedBy()).isEqualTo("manager");
    assertThat(chased.getChaseNote()).contains("9 月 6 日前提交");
    assertThat(openTask(a, WRITE_REPORT)).isNotNull();
    completeAs(
        "cshead",
        StaffGroups.CS_HEAD,
        a,
        WRITE_REPORT,
        vars(ANALYSIS.of("本月无特约服务。"), MEASURES.of("无")));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(a.getId()).count())
        .as("no timer left once the report is written")
        .isZero();
    engine.getRuntimeService().deleteProcessInstance(dubai.getId(), "test done");
  }
}
