package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Var.CASE_ID;
import static com.residentdesk.complaint.ComplaintProcess.Var.TASK_PRIORITY;

import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CMP-01/CMP-07: the complaint record exists from receipt; the 24-hour acceptance clock starts. */
@Component("openComplaintDelegate")
class OpenComplaintDelegate implements JavaDelegate {

  /** A complaint's priority in the triage table, for one started from Tasklist. */
  private static final int COMPLAINT_PRIORITY = 50;

  private final ComplaintFiles complaints;
  private final Deadlines deadlines;

  OpenComplaintDelegate(ComplaintFiles complaints, Deadlines deadlines) {
    this.complaints = complaints;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.from(execution);
    complaints.open(caseId);
    deadlines.due(caseId, Rules.CMP_01);
    if (!TASK_PRIORITY.isSet(execution)) {
      TASK_PRIORITY.set(execution, COMPLAINT_PRIORITY);
    }
  }
}
