package com.residentdesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One deadline of one case: when its clock started, when it is due, and whether it was met or
 * breached. Auditors read missed deadlines from here; timers and task due dates are set from it.
 */
@Entity
@Table(name = "deadline_clock")
public class DeadlineClock {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;

  @Column(name = "rule_id")
  private String ruleId;

  @Column(name = "clock_round")
  private int round;

  private Instant startedAt;
  private Instant dueAt;
  private Instant metAt;
  private Instant breachedAt;
  private String escalatedTo;
  private Instant pausedAt;
  private long pausedSeconds;
  private int warningsSent;

  protected DeadlineClock() {}

  DeadlineClock(Long caseId, String ruleId, int round, Instant startedAt, Instant dueAt) {
    this.caseId = caseId;
    this.ruleId = ruleId;
    this.round = round;
    this.startedAt = startedAt;
    this.dueAt = dueAt;
  }

  /**
   * @return true when this call met the deadline in time: not met before, not breached, and not
   *     after the due moment
   */
  boolean meet(Instant at) {
    if (metAt != null) {
      return false;
    }
    if (pausedAt != null) {
      resume(at); // done while on hold: the time on hold does not count against it
    }
    metAt = at;
    return breachedAt == null && !at.isAfter(dueAt);
  }

  /**
   * @return false when the breach was already recorded (a timer job retried after a crash)
   */
  boolean breach(Instant at, String group) {
    if (breachedAt != null) {
      return false;
    }
    breachedAt = at;
    escalatedTo = group;
    return true;
  }

  /** Still counting: neither met, missed nor on hold. */
  public boolean running() {
    return metAt == null && breachedAt == null && pausedAt == null;
  }

  /** Stops the clock (a pause); false when it was not running. */
  boolean pause(Instant at) {
    if (!running()) {
      return false;
    }
    pausedAt = at;
    return true;
  }

  /**
   * Starts the clock again: the due moment moves by the time it was on hold.
   *
   * @return the time it was on hold; zero when it was not paused
   */
  java.time.Duration resume(Instant at) {
    if (pausedAt == null) {
      return java.time.Duration.ZERO;
    }
    java.time.Duration held = java.time.Duration.between(pausedAt, at);
    if (held.isNegative()) {
      held = java.time.Duration.ZERO;
    }
    dueAt = dueAt.plus(held);
    pausedSeconds += held.toSeconds();
    pausedAt = null;
    return held;
  }

  /**
   * Due moment moved (re-prioritisation): recomputed from receipt with the new amounts. Its warning
   * moments move with it, so the warnings count again: the scan sends at once (the latest only) the
   * ones the new deadline has already passed, the others when they come.
   */
  void moveDue(Instant due) {
    dueAt = due;
    warningsSent = 0;
  }

  public Instant getPausedAt() {
    return pausedAt;
  }

  /**
   * When a fraction of the deadline has been used: the counting time (due minus start, less the
   * time on hold) times the fraction, before the due moment. A hold before the moment moves it with
   * the due moment.
   */
  public Instant warningAt(double fraction) {
    java.time.Duration counting =
        java.time.Duration.between(startedAt, dueAt).minusSeconds(pausedSeconds);
    long left = Math.round(counting.toMillis() * (1 - fraction));
    return dueAt.minusMillis(Math.max(left, 0));
  }

  /** How many of the configured warnings were sent (desk.deadline.warnings, in order). */
  public int getWarningsSent() {
    return warningsSent;
  }

  public long getPausedSeconds() {
    return pausedSeconds;
  }

  /**
   * The verdict, once, from the moment the work was done (the stamped time, not when someone
   * noticed): met when done by the due moment; a clock whose work was done late was missed even if
   * the timer has not fired yet.
   */
  public boolean metInTime() {
    return metAt != null && !metAt.isAfter(dueAt);
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getRuleId() {
    return ruleId;
  }

  public int getRound() {
    return round;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getMetAt() {
    return metAt;
  }

  public Instant getBreachedAt() {
    return breachedAt;
  }

  public String getEscalatedTo() {
    return escalatedTo;
  }
}
