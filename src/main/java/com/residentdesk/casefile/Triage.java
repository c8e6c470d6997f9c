package com.residentdesk.casefile;

/** The outcome of the {@code triage} decision table (CAT-01, CAT-04). */
public record Triage(
    String priority,
    String handlingGroup,
    boolean emergency,
    boolean trialRun,
    String dispatchWithin,
    String resolveWithin) {}
