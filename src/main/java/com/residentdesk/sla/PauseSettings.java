package com.residentdesk.sla;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code desk.pause}: how long a case's deadlines may stay on hold before the property's supervisor
 * is asked to look at it (issue 14).
 */
@ConfigurationProperties("desk.pause")
public record PauseSettings(Duration limit) {

  public PauseSettings {
    if (limit == null || limit.isNegative() || limit.isZero()) {
      limit = Duration.ofDays(3);
    }
  }
}
