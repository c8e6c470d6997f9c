package com.residentdesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.property.PropertyTenancy;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI warm-up (QA-01) on the real application, time driven with ClockUtil: the nightly timer of
 * {@code kpi-warm-up} counts the closed months nobody has counted and those whose cases changed
 * since, so the dashboard's reader finds them counted (it counts nothing itself) and gets the live
 * figures; by day, every hour, only the months never counted are.
 */
public class KpiWarmUpProcessTest extends ProcessTestSupport {

  private static final List<String> SUMMER = List.of("2024-06", "2024-07", "2024-08");

  @Autowired private JdbcTemplate jdbc;
  @Autowired private KpiReport kpi;

  private Job timer(String startEvent) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processDefinitionKey(KpiWarmUpProcess.KEY)
        .activityId(startEvent)
        .singleResult();
  }

  private List<Map<String, Object>> summerCounts() {
    return jdbc.queryForList(
        "select property_code, rollup_month, fresh, computed_at from kpi_rollup_month"
            + " where property_code in (?, ?) and rollup_month in (?, ?, ?)"
            + " order by property_code, rollup_month",
        DeskFixture.PROPERTY_A,
        DeskFixture.PROPERTY_B,
        SUMMER.get(0),
        SUMMER.get(1),
        SUMMER.get(2));
  }

  @Test
  void theNightlyWarmUpCountsTheMonthsNotCountedOrChangedSoTheReaderFindsThemCounted_QA01() {
    new KpiSeed(jdbc).ensure();
    assertThat(PropertyTenancy.COMPANY_TIMER_PROCESSES).contains(KpiWarmUpProcess.KEY);
    // nothing counted yet; and a case of July changed since (its note, written by the trigger)
    jdbc.update("delete from kpi_rollup_case where property_code in (?, ?)", "PA", "PB");
    jdbc.update("delete from kpi_rollup_clock where property_code in (?, ?)", "PA", "PB");
    jdbc.update("delete from kpi_rollup_month where property_code in (?, ?)", "PA", "PB");
    touchJulyCasesOfPropertyA();
    assertThat(jdbc.queryForObject("select count(*) from kpi_rollup_dirty", Long.class))
        .as("July's cases noted as changed")
        .isPositive();
    assertThat(summerCounts()).isEmpty();

    // the night of 2 September 2024: 02:15 in the company's zone
    Job hourly = timer(KpiWarmUpProcess.Element.HOURLY);
    ZonedDateTime due = hourly.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(due.getMinute()).isEqualTo(15);
    setClock(LocalDateTime.of(2024, 9, 2, 2, 15));
    fire(hourly);

    List<Map<String, Object>> counted = summerCounts();
    assertThat(counted).as("June to August at both properties").hasSize(6);
    assertThat(counted).allSatisfy(row -> assertThat(row.get("fresh")).isEqualTo(true));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from kpi_rollup_dirty where property_code = ?"
                    + " and received_at >= ? and received_at < ?",
                Long.class,
                DeskFixture.PROPERTY_A,
                OffsetDateTime.parse("2022-09-01T00:00:00+08:00"),
                OffsetDateTime.parse("2024-09-01T00:00:00+08:00")))
        .as("the notes of the counted months are gone")
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from kpi_rollup_month where property_code = ?"
                    + " and rollup_month = '2022-09'",
                Long.class,
                DeskFixture.PROPERTY_A))
        .as("24 closed months back")
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from kpi_rollup_month where property_code = ?"
                    + " and rollup_month = '2024-09'",
                Long.class,
                DeskFixture.PROPERTY_A))
        .as("the running month is not counted")
        .isZero();

    // an hour later the reader finds the months counted: it counts nothing, the figures are live's
    setClock(LocalDateTime.of(2024, 9, 2, 9, 0));
    KpiReport.Filter summer =
        new KpiReport.Filter(
            YearMonth.of(2024, 6),
            YearMonth.of(2024, 8),
            List.of(DeskFixture.PROPERTY_A, DeskFixture.PROPERTY_B),
            null,
            null,
            null);
    assertThat(kpi.of(summer, true)).isEqualTo(kpi.of(summer, false));
    assertThat(summerCounts())
        .as("counted by the warm-up at 02:15, not again by the reader")
        .isEqualTo(counted);
  }

  @Test
  void byDayTheHourlyWarmUpCountsOnlyTheMonthsNeverCounted_QA01() {
    new KpiSeed(jdbc).ensure();
    setClock(LocalDateTime.of(2024, 9, 2, 2, 30));
    fire(timer(KpiWarmUpProcess.Element.HOURLY));
    List<Map<String, Object>> counted = summerCounts();
    assertThat(counted).hasSize(6);

    // a July case changes in the morning; August's counts of property B are lost
    touchJulyCasesOfPropertyA();
    jdbc.update(
        "delete from kpi_rollup_month where property_code = ? and rollup_month = '2024-08'",
        DeskFixture.PROPERTY_B);
    setClock(LocalDateTime.of(2024, 9, 2, 11, 15));
    fire(timer(KpiWarmUpProcess.Element.HOURLY));
    Map<String, Object> julyA = counted.get(1);
    assertThat(summerCounts().get(1)).as("July at A: counted again only at night").isEqualTo(julyA);
    assertThat(instant(summerCounts().get(5).get("computed_at")))
        .as("August at B, never counted: counted within the hour")
        .isEqualTo(OffsetDateTime.parse("2024-09-02T11:15:00+08:00").toInstant());

    // the next night the changed July is counted again
    setClock(LocalDateTime.of(2024, 9, 3, 2, 15));
    fire(timer(KpiWarmUpProcess.Element.HOURLY));
    assertThat(summerCounts().get(1).get("computed_at")).isNotEqualTo(julyA.get("computed_at"));
  }

  @Test
  void theTimerLooksEveryHour_QA01() {
    Job first = timer(KpiWarmUpProcess.Element.HOURLY);
    ZonedDateTime due = first.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    assertThat(due.getMinute()).isEqualTo(15);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(due.toInstant()));
    fire(first);
    assertThat(timer(KpiWarmUpProcess.Element.HOURLY).getDuedate().toInstant())
        .isEqualTo(due.plusHours(1).toInstant());
  }

  private static java.time.Instant instant(Object timestamp) {
    return timestamp instanceof OffsetDateTime odt
        ? odt.toInstant()
        : ((java.sql.Timestamp) timestamp).toInstant();
  }

  /** Rewrites property A's July cases unchanged: the trigger notes their month as changed. */
  private void touchJulyCasesOfPropertyA() {
    jdbc.update(
        "update service_case set rework_count = rework_count where property_code = ?"
            + " and received_at >= ? and received_at < ?",
        DeskFixture.PROPERTY_A,
        OffsetDateTime.parse("2024-07-01T00:00:00+08:00"),
        OffsetDateTime.parse("2024-08-01T00:00:00+08:00"));
  }
}
