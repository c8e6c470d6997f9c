package com.residentdesk.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What both test layers do with an engine: move its clock (in the property's time zone) and find
 * and fire timers explicitly, the job executor being off in both.
 */
public abstract class EngineTestSupport {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  protected ProcessEngine engine;

  /** Sets the engine's (and so the application's) clock to a local time in the property's zone. */
  protected static Instant setClock(LocalDateTime local) {
    Instant instant = local.atZone(SHANGHAI).toInstant();
    ClockUtil.setCurrentTime(Date.from(instant));
    return instant;
  }

  protected static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * The present moment as a form's datetime field sends it (local time with offset, no seconds).
   */
  protected static String localNow() {
    return now()
        .atZone(SHANGHAI)
        .toOffsetDateTime()
        .truncatedTo(ChronoUnit.MINUTES)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx"));
  }

  protected static void advance(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(now().plus(duration)));
  }

  protected Job timer(ProcessInstance instance, String activityId) {
    Job job =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .timers()
            .singleResult();
    if (job == null) {
      throw new AssertionError("No timer at " + activityId);
    }
    return job;
  }

  protected void fire(Job job) {
    engine.getManagementService().executeJob(job.getId());
  }
}
