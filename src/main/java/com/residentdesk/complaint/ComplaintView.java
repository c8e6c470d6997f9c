package com.residentdesk.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint as the API shows it. {@code otherParties} is filled only for the groups handling the
 * complaint and for auditors (CMP-09, INT-06); everyone else sees {@code otherPartiesWithheld}.
 */
public record ComplaintView(
    String caseNumber,
    String severity,
    String severitySource,
    Instant acceptedAt,
    Boolean valid,
    String summary,
    String otherParties,
    boolean otherPartiesWithheld,
    String investigator,
    LocalDate plannedDate,
    String reportCause,
    String reportRemedy,
    Instant decidedAt,
    String measures,
    LocalDate measuresDeadline,
    Instant appealUntil,
    Instant resolvedAt,
    Instant appealLodgedAt,
    String appealText,
    Boolean appealUpheld,
    String appealOutcome,
    Instant reclassifiedAt,
    Instant archivedAt) {}
