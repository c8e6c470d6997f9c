package com.residentdesk.system;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The ISO 8601 repeating interval of an escalation that repeats until the work is done ({@code
 * R/<first>/<every>}, a BPMN {@code timeCycle}): it fires first when the deadline passes and then
 * again every interval, for as long as the task it is attached to is open.
 */
public final class EscalationCycle {

  private EscalationCycle() {}

  public static String of(Instant first, Duration every) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("an escalation repeats after a positive interval");
    }
    return "R/"
        + first.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).format(FORMAT)
        + "/"
        + every;
  }

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
}
