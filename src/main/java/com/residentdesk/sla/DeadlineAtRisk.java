package com.residentdesk.sla;

import java.time.Instant;

/**
 * A running deadline reached its last warning (desk.deadline.warnings) and is at risk; published
 * once per clock inside the warning's transaction.
 */
public record DeadlineAtRisk(Long caseId, String ruleId, int round, Instant dueAt) {}
