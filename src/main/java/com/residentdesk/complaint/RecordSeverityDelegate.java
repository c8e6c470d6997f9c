package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Var.CASE_ID;
import static com.residentdesk.complaint.ComplaintProcess.Var.COMPLAINT_HANDLERS;
import static com.residentdesk.complaint.ComplaintProcess.Var.SEVERITY;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.Triage;
import com.residentdesk.system.DeskClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CMP-02: the severity the table decided is written on the complaint. */
@Component("recordSeverityDelegate")
class RecordSeverityDelegate implements JavaDelegate {

  private final ComplaintFiles complaints;
  private final CaseFiles caseFiles;
  private final DeskClock clock;

  RecordSeverityDelegate(ComplaintFiles complaints, CaseFiles caseFiles, DeskClock clock) {
    this.complaints = complaints;
    this.caseFiles = caseFiles;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.from(execution);
    String severity = SEVERITY.from(execution);
    String handlers = COMPLAINT_HANDLERS.from(execution);
    complaints.of(caseId).classify(severity);
    ServiceCase serviceCase = caseFiles.get(caseId);
    if (serviceCase.getTriage().handlingGroup() == null) {
      // started directly from Tasklist, not triaged: the complaint's handlers are its group
      serviceCase.recordTriage(
          new Triage("normal", handlers.split(",")[0], false, false, null, null), clock.now());
    }
    caseFiles.record(
        caseId,
        ComplaintProcess.Element.DECIDE_SEVERITY,
        "Severity: " + severity,
        "Handled by " + handlers,
        "CMP-02");
  }
}
