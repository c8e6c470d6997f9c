package com.residentdesk.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the operators' view is fed: how often the database-backed gauges are read, and the monitoring
 * account Prometheus signs in with (none when the user is blank).
 */
@ConfigurationProperties("desk.operations")
public record OperationsProperties(
    Duration refreshInterval, String operatorUser, String operatorPassword) {

  public boolean hasOperatorAccount() {
    return operatorUser != null && !operatorUser.isBlank();
  }
}
