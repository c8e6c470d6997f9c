package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.CAUSE;
import static com.residentdesk.complaint.ComplaintProcess.Field.EVIDENCE;
import static com.residentdesk.complaint.ComplaintProcess.Field.PARTIES_NOTIFIED;
import static com.residentdesk.complaint.ComplaintProcess.Field.PROPOSED_REMEDY;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.InvalidEntryException;
import org.springframework.stereotype.Component;

/** CMP-04/CMP-09: parties notified, evidence, cause and proposed remedy. */
@Component
class InvestigateStep extends TaskStep {

  private final ComplaintFiles complaints;

  InvestigateStep(ComplaintFiles complaints) {
    super(
        ComplaintProcess.Element.INVESTIGATE,
        "CMP-04",
        onSheet(PARTIES_NOTIFIED, "Parties notified"),
        onSheet(EVIDENCE, "Evidence"),
        onSheet(CAUSE, "Cause"),
        onSheet(PROPOSED_REMEDY, "Proposed remedy"));
    this.complaints = complaints;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    if (!form.flag(PARTIES_NOTIFIED)) {
      throw new InvalidEntryException(
          PARTIES_NOTIFIED.name(),
          "请先通知相关各方再报告 / partiesNotified: notify the parties before reporting");
    }
    form.required(EVIDENCE, "The evidence collected");
    complaints
        .of(serviceCase.getId())
        .report(
            form.required(CAUSE, "The cause"),
            form.required(PROPOSED_REMEDY, "The proposed remedy"));
  }
}
