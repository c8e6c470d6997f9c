package com.residentdesk.intake;

import com.residentdesk.casefile.CaseEvent;
import java.time.Instant;

/** One line of the handling sheet as the API shows it. */
public record SheetEntry(
    Instant at, String actor, String step, String title, String details, String rule) {

  static SheetEntry of(CaseEvent event) {
    return new SheetEntry(
        event.getOccurredAt(),
        event.getActor(),
        event.getStep(),
        event.getTitle(),
        event.getDetails(),
        event.getRuleId());
  }
}
