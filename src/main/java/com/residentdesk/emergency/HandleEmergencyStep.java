package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Field.DISPUTE;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.HANDLING_NOTES;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.HAZARD_DESCRIPTION;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.INCIDENT_REPORT;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.MEDIATION_OUTCOME;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.POLICE_CALLED;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.RESULT;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.HAZARD_FOUND;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HLP-04/HLP-05/EMG-05: handling, result and incident report; a dispute is mediated, no action is
 * taken against the other party, and an unsettled dispute means the police were called.
 */
@Component
class HandleEmergencyStep extends TaskStep {

  private final DeskClock clock;

  HandleEmergencyStep(DeskClock clock) {
    super(
        EmergencyResponseProcess.Element.HANDLE_EMERGENCY,
        "HLP-05",
        outcome(HAZARD_FOUND),
        onSheet(HANDLING_NOTES, "Handling"),
        onSheet(RESULT, "Result"),
        onSheet(INCIDENT_REPORT, "Incident report"),
        onSheet(HAZARD_DESCRIPTION, "Safety hazard (EMG-05)"),
        onSheet(DISPUTE, "Dispute with another party (HLP-04)"),
        onSheet(MEDIATION_OUTCOME, "Mediation outcome"),
        onSheet(POLICE_CALLED, "Police (110) called"));
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(HANDLING_NOTES, "What was done");
    String result = form.required(RESULT, "The result");
    form.required(INCIDENT_REPORT, "The incident report");
    if (form.flag(DISPUTE)) {
      String outcome =
          form.oneOf(MEDIATION_OUTCOME, "The mediation outcome", List.of("settled", "not-settled"));
      if ("not-settled".equals(outcome) && !form.flag(POLICE_CALLED)) {
        throw new InvalidEntryException(
            POLICE_CALLED.name(),
            "调解不成的纠纷须报警：请勾选“已报警（110）” / policeCalled: a dispute that mediation did not settle is handed to the police");
      }
    }
    boolean hazard = form.flag(HAZARD_FOUND);
    if (hazard) {
      serviceCase.recordHazard(
          form.required(HAZARD_DESCRIPTION, "hazardDescription: the hazard to remove"));
    }
    form.set(HAZARD_FOUND, hazard);
    serviceCase.recordHandled(result, clock.now());
  }
}
