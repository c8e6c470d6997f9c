package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.intake.IntakeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** EMG-05: the hazard found on site is removed through a linked follow-up repair case. */
@Component("openHazardCaseDelegate")
class OpenHazardCaseDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final IntakeService intake;

  OpenHazardCaseDelegate(CaseFiles caseFiles, IntakeService intake) {
    this.caseFiles = caseFiles;
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    intake.openHazardFollowUp(
        caseFiles.get(CASE_ID.from(execution)), EmergencyResponseProcess.Element.OPEN_HAZARD_CASE);
  }
}
