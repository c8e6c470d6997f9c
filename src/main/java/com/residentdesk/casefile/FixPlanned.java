package com.residentdesk.casefile;

import java.time.Instant;

/**
 * SVC-03: the handler responded to a big problem with the date of the fix, which the resident is
 * told (HLP-08); published in the response's transaction.
 */
public record FixPlanned(Long caseId, Instant plannedAt) {}
