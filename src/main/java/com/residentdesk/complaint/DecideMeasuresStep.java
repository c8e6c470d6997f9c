package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.DECISION_NOTE;
import static com.residentdesk.complaint.ComplaintProcess.Field.MEASURES;
import static com.residentdesk.complaint.ComplaintProcess.Field.MEASURES_DEADLINE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** CMP-05: the report is reviewed; measures and a deadline are decided. */
@Component
class DecideMeasuresStep extends TaskStep {

  private final ComplaintFiles complaints;
  private final DeskClock clock;

  DecideMeasuresStep(ComplaintFiles complaints, DeskClock clock) {
    super(
        ComplaintProcess.Element.DECIDE_MEASURES,
        "CMP-05",
        onSheet(MEASURES, "Measures"),
        onSheet(MEASURES_DEADLINE, "Deadline"),
        onSheet(DECISION_NOTE, "Note"));
    this.complaints = complaints;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String measures = form.required(MEASURES, "The measures");
    LocalDate deadline = form.date(MEASURES_DEADLINE, "The deadline for the measures");
    LocalDate today =
        clock.nowIn(complaints.zoneOf(complaints.of(serviceCase.getId()))).toLocalDate();
    if (deadline.isBefore(today)) {
      throw new InvalidEntryException(
          MEASURES_DEADLINE.name(), "整改期限不能早于今天 / measuresDeadline cannot be in the past");
    }
    complaints.of(serviceCase.getId()).decide(measures, deadline, clock.now());
  }
}
