package com.residentdesk.emergency;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseIds;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.intake.IntakeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** EMG-05: the hazard found on site is removed through a linked follow-up repair case. */
@Component("openHazardCaseDelegate")
public class OpenHazardCaseDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final IntakeService intake;

  public OpenHazardCaseDelegate(CaseFiles caseFiles, IntakeService intake) {
    this.caseFiles = caseFiles;
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase origin = caseFiles.get(CaseIds.required(execution));
    ServiceCase followUp = intake.openHazardFollowUp(origin);
    caseFiles.record(
        origin.getId(),
        EmergencyResponseProcess.Element.OPEN_HAZARD_CASE,
        "Follow-up repair case " + followUp.getCaseNumber() + " opened for the hazard",
        null,
        "EMG-05");
  }
}
