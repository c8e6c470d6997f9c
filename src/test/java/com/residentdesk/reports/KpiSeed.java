package com.residentdesk.reports;

import com.residentdesk.support.DeskFixture;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Known cases in July 2024 in building 17 (no other test touches either), written as the processes
 * leave them (received, triaged, handled, rated, called back, archived; deadline clocks; a
 * complaint's severity), so that every figure of the dashboard has a value worked out by hand:
 *
 * <pre>
 * property A, building 17, July 2024 (Asia/Shanghai):
 *   1  repair     phone    07-01 00:30  engineering/engineer  handled, 1 rework, unsatisfied,
 *                                        callback not satisfied, archived; CAT-04 met, SVC-03 missed
 *   2  repair     walk-in  07-02 10:00  engineering/engineer  handled, satisfied, callback satisfied,
 *                                        archived; CAT-04 met
 *   3  complaint  phone    07-02 11:00  cs-head               open, severity important; CMP-01 met
 *   4  inquiry    email    07-31 23:30  front-desk            very satisfied, archived; INT-04 met
 *   5  repair     phone    08-01 00:10  engineering/engineer  handled, archived (August, not July)
 * property B, building 17:
 *   6  repair     phone    07-05 09:00  engineering/engineerb archived
 * </pre>
 *
 * and three repairs of unit 18-0202 in June (a recurring problem for July's evaluation).
 *
 * <p>Two survey campaigns opened in July 2024 (QA-04, QA-05), rated by households the fixture
 * registered:
 *
 * <pre>
 *   A  opens 07-10, closed, 10 sent, 4 answered (40 %): repairs 2, 3, 4, 1 (2 of 4 satisfied, 50 %,
 *      below 95 %); customer service 5, 4, 5, 4 (4 of 4, 100 %); overall 6 of 8 (75 %)
 *   B  opens 07-15, closed, 5 sent, 1 answered (20 %, flagged low): repairs 5
 * </pre>
 *
 * <p>So for property A in July: 4 requests; rework 1 of 2 handled (50 %); satisfied 2 of 3; 2
 * callbacks done, 1 satisfied; deadlines 4 met, 1 missed (80 %); 1 complaint (important); 1 open
 * case (older than 30 days).
 */
final class KpiSeed {

  static final String BUILDING = "17";
  static final String MONTH = "2024-07";

  /** A unit in building 18 with the same repair three times in June 2024 (QA-07). */
  static final String RECURRING_UNIT = "18-0202";

  private final JdbcTemplate jdbc;

  KpiSeed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Once per database: the cases carry a marker in their registrar, the campaigns in theirs. */
  void ensure() {
    ensureSurveys();
    Integer seeded =
        jdbc.queryForObject(
            "select count(*) from service_case where registered_by = 'kpi-seed'", Integer.class);
    if (seeded != null && seeded > 0) {
      return;
    }
    long one =
        insert(
            DeskFixture.PROPERTY_A,
            "repair",
            "phone",
            "2024-07-01T00:30:00+08:00",
            "engineering",
            "engineer",
            true,
            1,
            "unsatisfied",
            false,
            true);
    clock(one, "CAT-04", "2024-07-01T02:00:00+08:00", "2024-07-01T01:30:00+08:00", null);
    clock(one, "SVC-03", "2024-07-02T00:30:00+08:00", null, "2024-07-02T00:30:00+08:00");
    long two =
        insert(
            DeskFixture.PROPERTY_A,
            "repair",
            "walk-in",
            "2024-07-02T10:00:00+08:00",
            "engineering",
            "engineer",
            true,
            0,
            "satisfied",
            true,
            true);
    clock(two, "CAT-04", "2024-07-02T12:00:00+08:00", "2024-07-02T11:00:00+08:00", null);
    long three =
        insert(
            DeskFixture.PROPERTY_A,
            "complaint",
            "phone",
            "2024-07-02T11:00:00+08:00",
            "cs-head",
            null,
            false,
            0,
            null,
            null,
            false);
    jdbc.update("insert into complaint (case_id, severity) values (?, 'important')", three);
    clock(three, "CMP-01", "2024-07-03T11:00:00+08:00", "2024-07-02T15:00:00+08:00", null);
    long four =
        insert(
            DeskFixture.PROPERTY_A,
            "inquiry",
            "email",
            "2024-07-31T23:30:00+08:00",
            "front-desk",
            null,
            false,
            0,
            "very-satisfied",
            null,
            true);
    clock(four, "INT-04", "2024-07-31T23:45:00+08:00", "2024-07-31T23:40:00+08:00", null);
    insert(
        DeskFixture.PROPERTY_A,
        "repair",
        "phone",
        "2024-08-01T00:10:00+08:00",
        "engineering",
        "engineer",
        true,
        0,
        null,
        null,
        true);
    insert(
        DeskFixture.PROPERTY_B,
        "repair",
        "phone",
        "2024-07-05T09:00:00+08:00",
        "engineering",
        "engineerb",
        false,
        0,
        null,
        null,
        true);
    // QA-07: the same unit's lift reported three times in June (a recurring problem)
    for (String day : List.of("2024-06-03", "2024-06-14", "2024-06-27")) {
      insertAt(
          DeskFixture.PROPERTY_A,
          RECURRING_UNIT,
          "repair",
          "phone",
          day + "T09:00:00+08:00",
          "engineering",
          "engineer",
          true,
          0,
          null,
          null,
          true);
    }
  }

  private void ensureSurveys() {
    Integer seeded =
        jdbc.queryForObject(
            "select count(*) from survey_campaign where proposed_by = 'kpi-seed'", Integer.class);
    if (seeded != null && seeded > 0) {
      return;
    }
    long a = campaign(DeskFixture.PROPERTY_A, "2024-07-10", 10, 4, false);
    List<Long> householdsA = households(DeskFixture.PROPERTY_A, 4);
    int[][] ratingsA = {{2, 5}, {3, 4}, {4, 5}, {1, 4}};
    for (int i = 0; i < 4; i++) {
      answer(a, householdsA.get(i), "2024-07-12T10:00:00+08:00", ratingsA[i][0], ratingsA[i][1]);
    }
    long b = campaign(DeskFixture.PROPERTY_B, "2024-07-15", 5, 1, true);
    answer(b, households(DeskFixture.PROPERTY_B, 1).get(0), "2024-07-16T10:00:00+08:00", 5, 0);
  }

  private long campaign(String property, String opensOn, int sent, int answered, boolean low) {
    OffsetDateTime opens = OffsetDateTime.parse(opensOn + "T00:00:00+08:00");
    String purpose = "kpi-seed " + UUID.randomUUID();
    jdbc.update(
        "insert into survey_campaign (property_code, kind, purpose, services, sample_percent,"
            + " opens_on, window_days, status, proposed_by, proposed_at, opened_at, closes_at,"
            + " closed_at, sent, answered, low_return) values (?, 'HELP_SERVICE', ?,"
            + " 'repairs,customer-service', 98, ?, 14, 'CLOSED', 'kpi-seed', ?, ?, ?, ?, ?, ?, ?)",
        property,
        purpose,
        java.sql.Date.valueOf(opensOn),
        timestamp(opens.minusDays(5).toInstant()),
        timestamp(opens.toInstant()),
        timestamp(opens.plusDays(14).toInstant()),
        timestamp(opens.plusDays(14).toInstant()),
        sent,
        answered,
        low);
    return jdbc.queryForObject(
        "select id from survey_campaign where purpose = ?", Long.class, purpose);
  }

  private List<Long> households(String property, int count) {
    List<Long> ids =
        jdbc.queryForList(
            "select id from household where property_code = ? order by id", Long.class, property);
    return ids.subList(0, count);
  }

  /** One answered questionnaire: repairs and customer service rated (0: not rated). */
  private void answer(long campaign, long household, String at, int repairs, int service) {
    String token = (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "");
    Instant answeredAt = OffsetDateTime.parse(at).toInstant();
    jdbc.update(
        "insert into survey_questionnaire (campaign_id, household_id, token_hash, sent_at,"
            + " answered_at, channel) values (?, ?, ?, ?, ?, 'LINK')",
        campaign,
        household,
        token,
        timestamp(answeredAt.minusSeconds(86400)),
        timestamp(answeredAt));
    long id =
        jdbc.queryForObject(
            "select id from survey_questionnaire where token_hash = ?", Long.class, token);
    rating(id, "repairs", repairs);
    rating(id, "customer-service", service);
  }

  private void rating(long questionnaire, String service, int rating) {
    if (rating > 0) {
      jdbc.update(
          "insert into survey_rating (questionnaire_id, service, rating) values (?, ?, ?)",
          questionnaire,
          service,
          rating);
    }
  }

  private long insert(
      String property,
      String category,
      String channel,
      String received,
      String team,
      String handler,
      boolean handled,
      int rework,
      String satisfaction,
      Boolean callbackSatisfied,
      boolean archived) {
    return insertAt(
        property,
        BUILDING + "-0101",
        category,
        channel,
        received,
        team,
        handler,
        handled,
        rework,
        satisfaction,
        callbackSatisfied,
        archived);
  }

  private long insertAt(
      String property,
      String unit,
      String category,
      String channel,
      String received,
      String team,
      String handler,
      boolean handled,
      int rework,
      String satisfaction,
      Boolean callbackSatisfied,
      boolean archived) {
    Instant at = OffsetDateTime.parse(received).toInstant();
    String number = "KPI-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update(
        "insert into service_case (case_number, property_code, status, channel, unit,"
            + " resident_name, phone, language, category, description, location, received_at,"
            + " registered_by, handling_group, handler, handled_at, rework_count, satisfaction,"
            + " callback_satisfied, archived_at)"
            + " values (?, ?, ?, ?, ?, '测试', '13800000000', 'zh-CN', ?, 'seeded for the KPI"
            + " figures', 'building 17', ?, 'kpi-seed', ?, ?, ?, ?, ?, ?, ?)",
        number,
        property,
        archived ? "ARCHIVED" : "DISPATCHED",
        channel,
        unit,
        category,
        timestamp(at),
        team,
        handler,
        handled ? timestamp(at.plusSeconds(3600)) : null,
        rework,
        satisfaction,
        callbackSatisfied,
        archived ? timestamp(at.plusSeconds(86400)) : null);
    return jdbc.queryForObject(
        "select id from service_case where case_number = ?", Long.class, number);
  }

  private void clock(long caseId, String rule, String due, String met, String breached) {
    Instant dueAt = OffsetDateTime.parse(due).toInstant();
    jdbc.update(
        "insert into deadline_clock (case_id, rule_id, clock_round, started_at, due_at, met_at,"
            + " breached_at) values (?, ?, 1, ?, ?, ?, ?)",
        caseId,
        rule,
        timestamp(dueAt.minusSeconds(3600)),
        timestamp(dueAt),
        met == null ? null : timestamp(OffsetDateTime.parse(met).toInstant()),
        breached == null ? null : timestamp(OffsetDateTime.parse(breached).toInstant()));
  }

  private static OffsetDateTime timestamp(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
