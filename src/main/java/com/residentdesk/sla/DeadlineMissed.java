package com.residentdesk.sla;

import java.time.Instant;

/** A deadline's breach was recorded (once per clock); published inside the engine's transaction. */
public record DeadlineMissed(
    Long caseId, String caseNumber, String ruleId, Instant dueAt, String escalatedTo) {}
