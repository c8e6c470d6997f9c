package com.residentdesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI figures over HTTP (QA-01, SVC-02), checked against the known cases of {@link KpiSeed}:
 * each figure, the property's time zone deciding the day and month, a property's staff seeing only
 * theirs and the company adding properties up, the CSV, and bad input refused with a problem body.
 */
public class KpiApiTest extends HttpTestSupport {

  private static final String MARCH =
      "/api/reports/kpi?from=2024-07&to=2024-07&building=" + KpiSeed.BUILDING;

  @Autowired private JdbcTemplate jdbc;
  @Autowired private KpiReport kpi;

  @BeforeEach
  void seed() {
    new KpiSeed(jdbc).ensure();
  }

  @Test
  void theCentreManagerSeesTheMonthsFiguresOfTheirProperty_QA01_SVC02() {
    JsonNode f = as("manager").get(MARCH).json();

    assertThat(f.path("properties")).hasSize(1);
    assertThat(f.path("properties").get(0).asText()).isEqualTo(DeskFixture.PROPERTY_A);
    JsonNode totals = f.path("totals");
    assertThat(totals.path("requests").asLong()).isEqualTo(4);
    assertThat(totals.path("handled").asLong()).isEqualTo(2);
    assertThat(totals.path("reworked").asLong()).isEqualTo(1);
    assertThat(totals.path("reworkRate").asDouble()).isEqualTo(0.5);
    assertThat(totals.path("satisfactionAnswers").asLong()).isEqualTo(3);
    assertThat(totals.path("satisfied").asLong()).isEqualTo(2);
    assertThat(totals.path("satisfactionRate").asDouble()).isEqualTo(0.6667);
    assertThat(totals.path("callbacksDone").asLong()).isEqualTo(2);
    assertThat(totals.path("callbacksSatisfied").asLong()).isEqualTo(1);
    assertThat(totals.path("complaints").asLong()).isEqualTo(1);
    assertThat(totals.path("deadlinesMet").asLong()).isEqualTo(4);
    assertThat(totals.path("deadlinesMissed").asLong()).isEqualTo(1);
    assertThat(totals.path("deadlineCompliance").asDouble()).isEqualTo(0.8);
    assertThat(totals.path("openCases").asLong()).isEqualTo(1);
    assertThat(f.path("targets").path("reworkRate").asDouble()).isEqualTo(0.01);
    assertThat(f.path("targets").path("satisfactionRate").asDouble()).isEqualTo(0.95);

    // requests per day, by category and channel, on Shanghai days: 00:30 on 1 July is still July
    JsonNode days = f.path("requestsPerDay");
    assertThat(days).hasSize(31);
    assertThat(days.get(0).path("day").asText()).isEqualTo("2024-07-01");
    assertThat(days.get(0).path("byCategory").path("repair").asLong()).isEqualTo(1);
    assertThat(days.get(0).path("byChannel").path("phone").asLong()).isEqualTo(1);
    assertThat(days.get(1).path("total").asLong()).isEqualTo(2);
    assertThat(days.get(1).path("byChannel").path("walk-in").asLong()).isEqualTo(1);
    assertThat(days.get(30).path("byCategory").path("inquiry").asLong()).isEqualTo(1);

    // compliance per rule and month
    assertThat(compliance(f, "CAT-04", "2024-07").path("met").asLong()).isEqualTo(2);
    assertThat(compliance(f, "CAT-04", "2024-07").path("rate").asDouble()).isEqualTo(1.0);
    assertThat(compliance(f, "SVC-03", "2024-07").path("missed").asLong()).isEqualTo(1);
    assertThat(compliance(f, "SVC-03", "2024-07").path("rate").asDouble()).isEqualTo(0.0);
    assertThat(compliance(f, "EMG-04", "2024-07").path("rate").isMissingNode()).isTrue();

    assertThat(f.path("complaintsBySeverity").path("important").asLong()).isEqualTo(1);
    assertThat(f.path("openCasesByAge").path("30+").asLong()).isEqualTo(1);

    JsonNode engineering = f.path("byTeam").get(0);
    assertThat(engineering.path("name").asText()).isEqualTo("engineering");
    assertThat(engineering.path("requests").asLong()).isEqualTo(2);
    assertThat(engineering.path("reworked").asLong()).isEqualTo(1);
    assertThat(engineering.path("deadlinesMissed").asLong()).isEqualTo(1);
    assertThat(f.path("byHandler").get(0).path("name").asText()).isEqualTo("engineer");
    assertThat(f.path("byProperty").isMissingNode()).isTrue();
  }

  @Test
  void aMonthRangeTrendsMonthByMonthAndFiltersNarrowIt_QA01() {
    JsonNode f =
        as("cshead")
            .get("/api/reports/kpi?from=2024-07&to=2024-08&building=" + KpiSeed.BUILDING)
            .json();

    assertThat(f.path("months")).hasSize(2);
    assertThat(f.path("months").get(0).path("requests").asLong()).isEqualTo(4);
    // 00:10 on 1 August in Shanghai is 31 July in UTC: it belongs to August
    assertThat(f.path("months").get(1).path("requests").asLong()).isEqualTo(1);
    assertThat(f.path("months").get(0).path("reworkRate").asDouble()).isEqualTo(0.5);
    assertThat(f.path("months").get(1).path("reworkRate").asDouble()).isEqualTo(0.0);

    JsonNode repairs = as("cshead").get(MARCH + "&category=repair").json();
    assertThat(repairs.path("totals").path("requests").asLong()).isEqualTo(2);
    JsonNode desk = as("cshead").get(MARCH + "&team=front-desk").json();
    assertThat(desk.path("totals").path("requests").asLong()).isEqualTo(1);
    assertThat(desk.path("totals").path("satisfactionRate").asDouble()).isEqualTo(1.0);
  }

  @Test
  void qualityAddsUpEveryPropertyAndCanPickOne_QA01_SVC12() {
    JsonNode all = as("quality").get(MARCH).json();
    assertThat(all.path("totals").path("requests").asLong()).isEqualTo(5);
    assertThat(all.path("byProperty").path(DeskFixture.PROPERTY_A).path("requests").asLong())
        .isEqualTo(4);
    assertThat(all.path("byProperty").path(DeskFixture.PROPERTY_B).path("requests").asLong())
        .isEqualTo(1);

    JsonNode b = as("quality").get(MARCH + "&property=" + DeskFixture.PROPERTY_B).json();
    assertThat(b.path("totals").path("requests").asLong()).isEqualTo(1);
    assertThat(b.path("byHandler").get(0).path("name").asText()).isEqualTo("engineerb");

    // property B's centre manager sees B only, and may not ask for A
    assertThat(as("managerb").get(MARCH).json().path("totals").path("requests").asLong())
        .isEqualTo(1);
    JsonNode refused =
        assertProblem(
            as("managerb").get(MARCH + "&property=" + DeskFixture.PROPERTY_A),
            HttpStatus.BAD_REQUEST);
    assertThat(refused.toString()).contains("property");
  }

  @Test
  void theCsvCarriesTheSameFiguresInTheReadersLanguageWithABom_QA01() {
    var reply = as("manager").get(MARCH.replace("/kpi?", "/kpi.csv?") + "&lang=zh-CN");

    assertThat(reply.status()).isEqualTo(HttpStatus.OK);
    assertThat(reply.contentType().toString()).startsWith("text/csv");
    assertThat(reply.body()).startsWith("\uFEFF指标,分项,期间,数量,基数,比率");
    assertThat(reply.body()).contains("受理量,,2024-07..2024-07,4,,");
    assertThat(reply.body()).contains("返修（目标低于 1%）,,2024-07..2024-07,1,2,0.5");
    assertThat(reply.body()).contains("时限达标率,SVC-03,2024-07,0,1,0.0");
    assertThat(reply.body()).contains("投诉,重要,2024-07..2024-07,1,,");
    assertThat(reply.body()).doesNotContain("13800000000");

    var english = as("manager").get(MARCH.replace("/kpi?", "/kpi.csv?") + "&lang=en");
    assertThat(english.body()).startsWith("\uFEFFFigure,Item,Period,Count,Out of,Rate");
  }

  @Test
  void onlyManagementQualityAndAuditorsReadTheFigures_QA01() {
    assertThat(as("auditor").get(MARCH).status()).isEqualTo(HttpStatus.OK);
    assertThat(as("manager").get("/api/reports/kpi/choices").json().path("properties")).hasSize(1);
    assertThat(as("quality").get("/api/reports/kpi/choices").json().path("properties")).hasSize(2);
    assertProblem(as("clerk").get(MARCH), HttpStatus.FORBIDDEN);
    assertProblem(as("engineer").get("/api/reports/kpi/choices"), HttpStatus.FORBIDDEN);
    assertThat(anonymous().get(MARCH).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void badFiltersAreRefusedNamingTheFieldInChinese_QA01() {
    JsonNode backwards =
        assertProblem(
            as("manager", "zh-CN").get("/api/reports/kpi?from=2024-08&to=2024-07"),
            HttpStatus.BAD_REQUEST);
    assertThat(backwards.path("errors").get(0).path("field").asText()).isEqualTo("to");
    assertThat(backwards.path("errors").get(0).path("message").asText()).isEqualTo("不能早于 from");

    assertThat(as("manager").get("/api/reports/kpi?from=July&to=2024-07").errorFields())
        .containsExactly("from");
    assertThat(as("manager").get("/api/reports/kpi?from=2022-01&to=2024-07").errorFields())
        .containsExactly("to");
    assertThat(as("manager").get(MARCH + "&category=plumbing").errorFields())
        .containsExactly("category");
    assertThat(as("manager").get(MARCH + "&team=a%20b;drop").errorFields()).containsExactly("team");
    assertProblem(as("manager").get("/api/reports/kpi?to=2024-07"), HttpStatus.BAD_REQUEST);
  }

  @Test
  void aMonthsEvaluationIsReadByItsPropertyAsJsonAndPdf_QA01_QA06() {
    long id = evaluations.prepare(DeskFixture.PROPERTY_A, java.time.YearMonth.of(2024, 7));

    JsonNode list = as("manager").get("/api/reports/evaluations").json();
    assertThat(list.findValuesAsText("month")).contains("2024-07");
    JsonNode one = as("cshead").get("/api/reports/evaluations/" + id).json();
    assertThat(one.path("property").asText()).isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(one.path("figures").path("kpi").path("totals").path("requests").asLong())
        .isGreaterThanOrEqualTo(4);
    assertThat(one.path("dueAt").asText()).isEqualTo("2024-08-05T16:00:00Z");
    var pdf = as("manager").get("/api/reports/evaluations/" + id + ".pdf");
    assertThat(pdf.status()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.contentType().toString()).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");

    // another property's evaluation does not exist for B's manager
    assertThat(as("managerb").get("/api/reports/evaluations").json().findValuesAsText("property"))
        .doesNotContain(DeskFixture.PROPERTY_A);
    assertProblem(as("managerb").get("/api/reports/evaluations/" + id), HttpStatus.NOT_FOUND);
    assertProblem(as("clerk").get("/api/reports/evaluations/" + id), HttpStatus.FORBIDDEN);
  }

  @Autowired private MonthlyEvaluations evaluations;

  private static JsonNode compliance(JsonNode figures, String rule, String month) {
    for (JsonNode row : figures.path("compliance")) {
      if (rule.equals(row.path("rule").asText()) && month.equals(row.path("month").asText())) {
        return row;
      }
    }
    throw new AssertionError("no compliance row for " + rule + " " + month);
  }

  @Test
  void surveyFiguresShowReturnRatesAndEachServiceAgainstItsTarget_QA04_QA05() {
    JsonNode f = as("manager").get("/api/reports/surveys?from=2024-07&to=2024-07").json();

    assertThat(f.path("properties")).hasSize(1);
    assertThat(f.path("targets").path("satisfactionRate").asDouble()).isEqualTo(0.95);
    assertThat(f.path("targets").path("returnRate").asDouble()).isEqualTo(0.30);
    JsonNode totals = f.path("totals");
    assertThat(totals.path("campaigns").asLong()).isEqualTo(1);
    assertThat(totals.path("sent").asLong()).isEqualTo(10);
    assertThat(totals.path("answered").asLong()).isEqualTo(4);
    assertThat(totals.path("returnRate").asDouble()).isEqualTo(0.4);
    assertThat(totals.path("lowReturn").asLong()).isZero();
    assertThat(totals.path("satisfactionRate").asDouble()).isEqualTo(0.75);
    JsonNode repairs = service(f, "repairs");
    assertThat(repairs.path("answers").asLong()).isEqualTo(4);
    assertThat(repairs.path("satisfied").asLong()).isEqualTo(2);
    assertThat(repairs.path("rate").asDouble()).isEqualTo(0.5);
    assertThat(repairs.path("belowTarget").asBoolean()).isTrue();
    assertThat(service(f, "customer-service").path("rate").asDouble()).isEqualTo(1.0);
    assertThat(service(f, "customer-service").path("belowTarget").asBoolean()).isFalse();
    assertThat(f.path("campaigns").get(0).path("opensOn").asText()).isEqualTo("2024-07-10");

    // quality adds both properties up: 5 of 15 returned, one campaign flagged below 30 %
    JsonNode company = as("quality").get("/api/reports/surveys?from=2024-07&to=2024-07").json();
    assertThat(company.path("totals").path("campaigns").asLong()).isEqualTo(2);
    assertThat(company.path("totals").path("returnRate").asDouble()).isEqualTo(0.3333);
    assertThat(company.path("totals").path("lowReturn").asLong()).isEqualTo(1);
    assertThat(service(company, "repairs").path("rate").asDouble()).isEqualTo(0.6);
    // another month has no campaign
    JsonNode june = as("manager").get("/api/reports/surveys?from=2024-06&to=2024-06").json();
    assertThat(june.path("totals").path("campaigns").asLong()).isZero();
    assertThat(june.path("totals").path("returnRate").isMissingNode()).isTrue();

    var csv = as("manager").get("/api/reports/surveys.csv?from=2024-07&to=2024-07&lang=zh-CN");
    assertThat(csv.status()).isEqualTo(HttpStatus.OK);
    assertThat(csv.contentType().toString()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFF指标,分项,期间,数量,基数,比率");
    assertThat(csv.body()).contains("问卷回收 / 发出,,2024-07..2024-07,4,10,0.4");
    assertThat(csv.body()).contains("各项服务满意率（目标 95%）,维修服务,2024-07..2024-07,2,4,0.5");
    var english = as("manager").get("/api/reports/surveys.csv?from=2024-07&to=2024-07&lang=en");
    assertThat(english.body()).contains("Survey: satisfied per service (target 95 %),Repairs,");

    assertProblem(
        as("clerk").get("/api/reports/surveys?from=2024-07&to=2024-07"), HttpStatus.FORBIDDEN);
    assertThat(as("manager").get("/api/reports/surveys?from=2024-07&to=2024-05").errorFields())
        .containsExactly("to");
    assertThat(
            as("manager")
                .get("/api/reports/surveys?from=2024-07&to=2024-07&property=XX")
                .status()
                .is4xxClientError())
        .isTrue();
  }

  private static JsonNode service(JsonNode figures, String code) {
    for (JsonNode s : figures.path("services")) {
      if (s.path("service").asText().equals(code)) {
        return s;
      }
    }
    throw new AssertionError("no figures for " + code);
  }

  private static KpiReport.Filter companyFilter(
      YearMonth from, YearMonth to, String category, String team) {
    return new KpiReport.Filter(
        from, to, List.of(DeskFixture.PROPERTY_A, DeskFixture.PROPERTY_B), category, team, null);
  }

  @Test
  void closedMonthsReadFromTheirCountsGiveTheLiveFigures_QA01() {
    YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    List<KpiReport.Filter> filters =
        List.of(
            companyFilter(YearMonth.of(2024, 6), YearMonth.of(2024, 8), null, null),
            companyFilter(YearMonth.of(2024, 6), YearMonth.of(2024, 8), "repair", null),
            companyFilter(YearMonth.of(2024, 7), YearMonth.of(2024, 7), null, "engineering"),
            // closed months from their counts, this month live, added up
            companyFilter(YearMonth.of(2024, 7), thisMonth, null, null));
    for (KpiReport.Filter filter : filters) {
      KpiReport.Figures live = kpi.of(filter, false);
      assertThat(kpi.of(filter, true)).as("counted now: %s", filter).isEqualTo(live);
      assertThat(kpi.of(filter, true)).as("read from the counts: %s", filter).isEqualTo(live);
    }
    KpiReport.Figures july = kpi.of(filters.get(0), true);
    assertThat(july.totals().requests()).isGreaterThanOrEqualTo(9);
    assertThat(july.totals().deadlinesMet()).isPositive();
    assertThat(july.complaintsBySeverity().get("important")).isPositive();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from kpi_rollup_month where property_code = ?"
                    + " and rollup_month = '2024-07' and fresh = true",
                Integer.class,
                DeskFixture.PROPERTY_A))
        .isEqualTo(1);
  }

  @Test
  void aCountedMonthIsCountedAgainWhenItsCasesChangeAfterTheMonth_QA01() {
    KpiReport.Filter may = companyFilter(YearMonth.of(2023, 5), YearMonth.of(2023, 5), null, null);
    long id = mayCase();
    try {
      KpiReport.Figures before = kpi.of(may, true);
      assertThat(before).isEqualTo(kpi.of(may, false));

      // satisfaction and the callback arrive in June
      jdbc.update(
          "update service_case set satisfaction = 'satisfied', callback_satisfied = true"
              + " where id = ?",
          id);
      KpiReport.Figures rated = kpi.of(may, true);
      assertThat(rated.totals().satisfied()).isEqualTo(before.totals().satisfied() + 1);
      assertThat(rated.totals().callbacksSatisfied())
          .isEqualTo(before.totals().callbacksSatisfied() + 1);
      assertThat(rated).isEqualTo(kpi.of(may, false));

      // the deadline is recorded as met, and the case becomes a complaint
      jdbc.update("update deadline_clock set met_at = due_at where case_id = ?", id);
      jdbc.update("insert into complaint (case_id, severity) values (?, 'major')", id);
      KpiReport.Figures later = kpi.of(may, true);
      assertThat(later.totals().deadlinesMet()).isEqualTo(before.totals().deadlinesMet() + 1);
      assertThat(later.totals().complaints()).isEqualTo(before.totals().complaints() + 1);
      assertThat(later).isEqualTo(kpi.of(may, false));
    } finally {
      forget(id);
    }
  }

  @Test
  void aDeadlineRunningWhenTheMonthWasCountedCountsAsMissedOnceDue_QA01() {
    KpiReport.Filter may = companyFilter(YearMonth.of(2023, 5), YearMonth.of(2023, 5), null, null);
    long id = mayCase();
    try {
      // counted on 5 June, the case's deadline of 10 June still running
      ClockUtil.setCurrentTime(
          Date.from(OffsetDateTime.parse("2023-06-05T12:00:00+08:00").toInstant()));
      KpiReport.Figures running = kpi.of(may, true);
      assertThat(running).isEqualTo(kpi.of(may, false));

      ClockUtil.setCurrentTime(
          Date.from(OffsetDateTime.parse("2023-06-11T12:00:00+08:00").toInstant()));
      KpiReport.Figures due = kpi.of(may, true);
      assertThat(due.totals().deadlinesMissed()).isEqualTo(running.totals().deadlinesMissed() + 1);
      assertThat(due).isEqualTo(kpi.of(may, false));
    } finally {
      ClockUtil.reset();
      forget(id);
    }
  }

  /** A repair of 10 May 2023 at property A with a deadline due 10 June, neither met nor missed. */
  private long mayCase() {
    String number = "KPI-R-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    OffsetDateTime received = OffsetDateTime.parse("2023-05-10T10:00:00+08:00");
    jdbc.update(
        "insert into service_case (case_number, property_code, status, channel, unit,"
            + " resident_name, phone, language, category, description, location, received_at,"
            + " registered_by, handling_group, handler, handled_at, rework_count)"
            + " values (?, ?, 'DISPATCHED', 'phone', '98-0101', '测试', '13800000000', 'zh-CN',"
            + " 'repair', 'the counted month', 'building 98', ?, 'kpi-rollup', 'engineering',"
            + " 'engineer', ?, 0)",
        number,
        DeskFixture.PROPERTY_A,
        received,
        received.plusHours(2));
    long id =
        jdbc.queryForObject(
            "select id from service_case where case_number = ?", Long.class, number);
    jdbc.update(
        "insert into deadline_clock (case_id, rule_id, clock_round, started_at, due_at)"
            + " values (?, 'SVC-03', 1, ?, ?)",
        id,
        received,
        OffsetDateTime.parse("2023-06-10T10:00:00+08:00"));
    return id;
  }

  private void forget(long id) {
    jdbc.update("delete from complaint where case_id = ?", id);
    jdbc.update("delete from deadline_clock where case_id = ?", id);
    jdbc.update("delete from service_case where id = ?", id);
  }
}
