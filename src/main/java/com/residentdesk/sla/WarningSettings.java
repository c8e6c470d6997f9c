package com.residentdesk.sla;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code desk.deadline}: the fractions of each deadline at which the assignee (or the group) is
 * warned before the breach at 100 % (issue 14), e.g. {@code desk.deadline.warnings=0.5,0.8}. The
 * last one is when the deadline counts as at risk and a resident waiting for it is told (HLP-08).
 */
@ConfigurationProperties("desk.deadline")
public record WarningSettings(List<Double> warnings) {

  public WarningSettings {
    if (warnings == null) {
      warnings = List.of(0.5, 0.8);
    }
    for (Double fraction : warnings) {
      if (fraction == null || fraction <= 0 || fraction >= 1) {
        throw new IllegalArgumentException(
            "desk.deadline.warnings: each fraction is between 0 and 1 (exclusive), got "
                + fraction);
      }
    }
    warnings = warnings.stream().distinct().sorted().toList();
  }
}
