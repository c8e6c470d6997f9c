package com.residentdesk.audit;

import com.residentdesk.system.DeskClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * QA-06: the application's own records follow the retention the engine's history has (the models'
 * history time to live, cleaned up in the engine's night window): cases archived longer ago than
 * {@code desk.retention.period} are removed with everything recorded about them, and so are old
 * audit reads. Open cases are never touched, and neither is the owner file: complaints and topic
 * cases filed to a household stay while its file exists.
 */
@Component
public class RetentionCleanup {

  private static final Logger log = LoggerFactory.getLogger(RetentionCleanup.class);
  private static final List<String> CASE_CHILDREN =
      List.of(
          "outbox_message",
          "case_event",
          "case_photo",
          "resident_link",
          "deadline_clock",
          "deadline_pause",
          "intake_idempotency",
          "complaint",
          "topic_case");

  /**
   * Archived before the cutoff, except what is filed in a household's owner file (业主档案, SUG-05,
   * HH-01): a complaint or a topic case (inquiry, challenge, suggestion) of a unit whose household
   * file still exists stays as long as that file does (QA-06, corrected 2026-11-26).
   */
  private static final String EXPIRED =
      """
      select s.id from service_case s
      where s.archived_at is not null and s.archived_at < ?
        and not (
          (exists (select 1 from complaint c where c.case_id = s.id)
            or exists (select 1 from topic_case t where t.case_id = s.id))
          and exists (
            select 1 from household h
            where h.property_code = s.property_code and h.unit = s.unit))
      """;

  private final JdbcTemplate jdbc;
  private final DeskClock clock;
  private final Period retention;

  public RetentionCleanup(
      JdbcTemplate jdbc, DeskClock clock, @Value("${desk.retention.period}") Period retention) {
    if (retention.toTotalMonths() < 24 && retention.getDays() < 730) {
      throw new IllegalStateException(
          "desk.retention.period must keep records at least 2 years (QA-06): " + retention);
    }
    this.jdbc = jdbc;
    this.clock = clock;
    this.retention = retention;
  }

  @Scheduled(cron = "${desk.retention.cron}", zone = "${desk.time-zone}")
  @Transactional
  public int removeExpired() {
    Instant cutoff = clock.nowInCompanyZone().minus(retention).toInstant();
    List<Long> expired = jdbc.queryForList(EXPIRED, Long.class, Timestamp.from(cutoff));
    for (Long caseId : expired) {
      jdbc.update("update service_case set parent_case_id = null where parent_case_id = ?", caseId);
      for (String table : CASE_CHILDREN) {
        jdbc.update("delete from " + table + " where case_id = ?", caseId);
      }
      jdbc.update("delete from service_case where id = ?", caseId);
    }
    int reads = jdbc.update("delete from audit_read where read_at < ?", Timestamp.from(cutoff));
    if (!expired.isEmpty() || reads > 0) {
      log.info(
          "Retention: removed {} case(s) archived before {} and {} audit read(s)",
          expired.size(),
          cutoff,
          reads);
    }
    return expired.size();
  }
}
