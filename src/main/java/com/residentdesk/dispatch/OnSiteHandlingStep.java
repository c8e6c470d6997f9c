package com.residentdesk.dispatch;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.IntakeService;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** HLP-04/HLP-05/SVC-03: the handler records arrival, handling and result (the duty log). */
@Component
class OnSiteHandlingStep implements TaskStep {

  private static final Map<String, String> SHEET = new LinkedHashMap<>();

  static {
    SHEET.put("arrivedAt", "Arrived on site");
    SHEET.put("handlingNotes", "Handling");
    SHEET.put("result", "Result");
    SHEET.put("hazardFound", "Safety hazard found (EMG-05)");
  }

  private final Deadlines deadlines;
  private final DeskClock clock;
  private final IntakeService intake;
  private final CaseFiles caseFiles;

  OnSiteHandlingStep(
      Deadlines deadlines, DeskClock clock, IntakeService intake, CaseFiles caseFiles) {
    this.deadlines = deadlines;
    this.clock = clock;
    this.intake = intake;
    this.caseFiles = caseFiles;
  }

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.HANDLE_ON_SITE;
  }

  @Override
  public String ruleId() {
    return "HLP-05";
  }

  @Override
  public Map<String, String> sheetFields() {
    return SHEET;
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    TaskStep.moment(task, "arrivedAt", "The arrival time", serviceCase, clock.now());
    String notes = TaskStep.required(task, "handlingNotes", "What was done");
    String result = TaskStep.required(task, "result", "The result");
    serviceCase.recordHandled(
        result.length() > 2000 ? result.substring(0, 2000) : result, clock.now());
    deadlines.meet(serviceCase.getId(), Rules.SVC_03);
    if (TaskStep.flag(task, "hazardFound")) {
      // EMG-05 applies to every visit: the hazard becomes a linked follow-up repair case
      serviceCase.recordHazard(notes.length() > 2000 ? notes.substring(0, 2000) : notes);
      ServiceCase followUp = intake.openHazardFollowUp(serviceCase);
      caseFiles.record(
          serviceCase.getId(),
          taskKey(),
          "Follow-up repair case " + followUp.getCaseNumber() + " opened for the hazard",
          null,
          "EMG-05");
    }
  }
}
