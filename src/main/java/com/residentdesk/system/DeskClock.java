package com.residentdesk.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock of the application. It follows the engine's clock so that process tests that move
 * time with {@link ClockUtil} move deadlines, timers and outbox retries together.
 */
@Component
public class DeskClock {

  private final ZoneId zone;

  public DeskClock(DeskProperties properties) {
    this.zone = properties.timeZone();
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Now, in a property's time zone (see {@code property.PropertyDirectory}). */
  public ZonedDateTime nowIn(ZoneId zone) {
    return now().atZone(zone);
  }

  /** Now, in the company's own time zone ({@code desk.time-zone}): for what has no property. */
  public ZonedDateTime nowInCompanyZone() {
    return now().atZone(zone);
  }
}
