package com.residentdesk.sla;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the warning scan on a schedule; tests switch it off and call the scan themselves. */
@Component
@ConditionalOnProperty(
    name = "desk.deadline.warning-polling",
    havingValue = "true",
    matchIfMissing = true)
class DeadlineWarningPoller {

  private final DeadlineWarnings warnings;

  DeadlineWarningPoller(DeadlineWarnings warnings) {
    this.warnings = warnings;
  }

  @Scheduled(
      fixedDelayString = "${desk.deadline.warning-scan:PT1M}",
      initialDelayString = "${desk.deadline.warning-scan:PT1M}")
  void scan() {
    warnings.sendDue();
  }
}
