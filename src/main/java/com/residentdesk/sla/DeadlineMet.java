package com.residentdesk.sla;

/** The work a deadline watches was done by its due time (once per clock). */
public record DeadlineMet(Long caseId, String ruleId) {}
