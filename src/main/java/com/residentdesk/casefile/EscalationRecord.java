package com.residentdesk.casefile;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How often an overdue piece of work was escalated, and when last: kept on the record the
 * escalation is about (columns {@code escalations}, {@code last_escalated_at}), counted each cycle
 * while {@link RepeatedEscalation} keeps a single follow-up task open.
 */
@Embeddable
public class EscalationRecord {

  private int escalations;
  private Instant lastEscalatedAt;

  /** The escalation fired (again) at this moment. */
  public void record(Instant at) {
    this.escalations++;
    this.lastEscalatedAt = at;
  }

  public int getEscalations() {
    return escalations;
  }

  public Instant getLastEscalatedAt() {
    return lastEscalatedAt;
  }
}
