package com.residentdesk.audit;

import java.time.Instant;

/**
 * One line of a case's story: when, who, what kind of record (activity, task, variable, decision,
 * incident, sheet, message, deadline, breach, operation), what happened, the SOP rule if any.
 */
public record TimelineEntry(
    Instant at,
    String actor,
    String kind,
    String what,
    String detail,
    String rule,
    String processInstanceId,
    String activityId) {}
