package com.residentdesk.dispatch;

import static com.residentdesk.intake.ResidentRequestProcess.Field.ARRIVED_AT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.HANDLING_NOTES;
import static com.residentdesk.intake.ResidentRequestProcess.Field.HAZARD_FOUND;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESULT;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.IntakeService;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import org.springframework.stereotype.Component;

/**
 * HLP-04/HLP-05/SVC-03: the handler records arrival, handling and result (the duty log), on a first
 * visit or on the fix of a big problem by the date the resident was given.
 */
@Component
class OnSiteHandlingStep extends TaskStep {

  private final Deadlines deadlines;
  private final DeskClock clock;
  private final IntakeService intake;

  OnSiteHandlingStep(Deadlines deadlines, DeskClock clock, IntakeService intake) {
    super(
        java.util.List.of(
            ResidentRequestProcess.Element.HANDLE_ON_SITE,
            ResidentRequestProcess.Element.FIX_AS_PLANNED),
        "HLP-05",
        onSheet(ARRIVED_AT, "Arrived on site"),
        onSheet(HANDLING_NOTES, "Handling"),
        onSheet(RESULT, "Result"),
        onSheet(HAZARD_FOUND, "Safety hazard found (EMG-05)"));
    this.deadlines = deadlines;
    this.clock = clock;
    this.intake = intake;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.moment(ARRIVED_AT, "The arrival time", serviceCase, clock.now());
    String notes = form.required(HANDLING_NOTES, "What was done");
    serviceCase.recordHandled(form.required(RESULT, "The result"), clock.now());
    deadlines.meet(serviceCase.getId(), Rules.SVC_03);
    if (form.flag(HAZARD_FOUND)) {
      // EMG-05 applies to every visit: the hazard becomes a linked follow-up repair case
      serviceCase.recordHazard(notes);
      intake.openHazardFollowUp(serviceCase, ResidentRequestProcess.Element.HANDLE_ON_SITE);
    }
  }
}
