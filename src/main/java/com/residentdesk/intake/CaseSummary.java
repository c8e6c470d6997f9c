package com.residentdesk.intake;

import com.residentdesk.casefile.ServiceCase;
import java.time.Instant;

/** One row of the case list: no contact details. */
public record CaseSummary(
    String caseNumber,
    String property,
    String status,
    String category,
    String subcategory,
    String unit,
    String priority,
    String handlingGroup,
    Instant receivedAt,
    Instant archivedAt) {

  static CaseSummary of(ServiceCase c) {
    return new CaseSummary(
        c.getCaseNumber(),
        c.getPropertyCode(),
        c.getStatus().name(),
        c.getRequest().category(),
        c.getRequest().subcategory(),
        c.getRequest().unit(),
        c.getTriage().priority(),
        c.getTriage().handlingGroup(),
        c.getReceivedAt(),
        c.getArchivedAt());
  }
}
