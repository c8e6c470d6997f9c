package com.residentdesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database finds the local day of a moment as Java does (QA-01: a case counts on the day it was
 * received in its property's zone): in Shanghai, in a zone with summer time on both sides of its
 * changes, and in a zone half an hour off the hour. Runs on H2 here and on PostgreSQL in the
 * PostgreSQL suite.
 */
@Tag("fast")
public class LocalDaysTest {

  private static final Instant YEAR_START = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant YEAR_END = Instant.parse("2025-01-01T00:00:00Z");

  protected DataSource dataSource() {
    return new DriverManagerDataSource("jdbc:h2:mem:local-days;DB_CLOSE_DELAY=-1", "sa", "");
  }

  @Test
  void halfAnHourAfterMidnightInShanghaiIsTheNextDay_QA01() {
    assertDay("Asia/Shanghai", "2024-06-30T16:30:00Z");
    assertDay("Asia/Shanghai", "2024-06-30T15:59:59Z");
  }

  @Test
  void summerTimeChangesMoveTheDayBoundary_QA01() {
    for (String moment :
        new String[] {
          "2024-03-10T04:30:00Z", // 23:30 EST on the 9th, before the change
          "2024-03-10T06:59:59Z", // 01:59:59 EST
          "2024-03-10T07:00:00Z", // 03:00 EDT
          "2024-07-01T03:30:00Z", // 23:30 EDT on 30 June
          "2024-11-03T04:30:00Z", // 00:30 EDT on the 3rd
          "2024-11-03T05:30:00Z", // 01:30 EDT
          "2024-11-03T06:30:00Z", // 01:30 EST, after the change
          "2024-11-04T04:30:00Z" // 23:30 EST on the 3rd
        }) {
      assertDay("America/New_York", moment);
    }
  }

  @Test
  void zonesOffTheHourCountTheirOwnMidnight_QA01() {
    assertDay("Asia/Kolkata", "2024-07-01T18:40:00Z");
    assertDay("Asia/Kolkata", "2024-07-01T18:20:00Z");
  }

  private void assertDay(String zoneName, String moment) {
    ZoneId zone = ZoneId.of(zoneName);
    Instant at = Instant.parse(moment);
    MapSqlParameterSource params =
        new MapSqlParameterSource("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    String day = LocalDays.dayNumber("x.at", zone, YEAR_START, YEAR_END, "received", params);
    Long number =
        new NamedParameterJdbcTemplate(dataSource())
            .queryForObject(
                "select " + day + " from (select cast(:at as timestamp with time zone) as at) x",
                params,
                Long.class);

    assertThat(LocalDate.ofEpochDay(number))
        .as("%s in %s", moment, zoneName)
        .isEqualTo(at.atZone(zone).toLocalDate());
  }
}
