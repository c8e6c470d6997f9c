package com.residentdesk.callback;

import static com.residentdesk.intake.ResidentRequestProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.system.DeskClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** INT-02/HLP-05: the case is closed and kept with every timestamp and its handling sheet. */
@Component("archiveCaseDelegate")
class ArchiveCaseDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final DeskClock clock;

  ArchiveCaseDelegate(CaseFiles caseFiles, DeskClock clock) {
    this.caseFiles = caseFiles;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    serviceCase.archive(clock.now());
    caseFiles.record(
        serviceCase.getId(),
        ResidentRequestProcess.Element.ARCHIVE_CASE,
        serviceCase.isClosedAtDesk() ? "Closed at the desk and archived" : "Archived",
        null,
        "INT-02");
  }
}
