package com.residentdesk.casefile;

import jakarta.persistence.Embeddable;

/**
 * The outcome of the {@code triage} decision table (CAT-01, CAT-04), stored in the case's own
 * columns.
 */
@Embeddable
public record Triage(
    String priority,
    String handlingGroup,
    boolean emergency,
    boolean trialRun,
    String dispatchWithin,
    String resolveWithin) {

  /** Not triaged yet: no priority, no group, no flags. */
  public static final Triage PENDING = new Triage(null, null, false, false, null, null);
}
