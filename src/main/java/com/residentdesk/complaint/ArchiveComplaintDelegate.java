package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.system.DeskClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CMP-07: the archive holds complaint, report, decision, result and appeal; the case is closed. */
@Component("archiveComplaintDelegate")
class ArchiveComplaintDelegate implements JavaDelegate {

  private final ComplaintFiles complaints;
  private final CaseFiles caseFiles;
  private final DeskClock clock;

  ArchiveComplaintDelegate(ComplaintFiles complaints, CaseFiles caseFiles, DeskClock clock) {
    this.complaints = complaints;
    this.caseFiles = caseFiles;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.from(execution);
    complaints.of(caseId).archive(clock.now());
    caseFiles.get(caseId).archive(clock.now());
    caseFiles.record(
        caseId, ComplaintProcess.Element.ARCHIVE_COMPLAINT, "Complaint archived", null, "CMP-07");
  }
}
