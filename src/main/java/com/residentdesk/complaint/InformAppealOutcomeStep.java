package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.NOTICE_METHOD;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** CMP-05: the appeal outcome is sent in writing. */
@Component
class InformAppealOutcomeStep extends TaskStep {

  private final ComplaintFiles complaints;

  InformAppealOutcomeStep(ComplaintFiles complaints) {
    super(
        ComplaintProcess.Element.INFORM_APPEAL_OUTCOME,
        "CMP-05",
        onSheet(NOTICE_METHOD, "Told by"));
    this.complaints = complaints;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String method =
        form.oneOf(NOTICE_METHOD, "How the complainant is told", ComplaintFiles.NOTICE_METHODS);
    complaints.writeToComplainant(
        serviceCase,
        method,
        "appealOutcome",
        "appeal-outcome",
        complaints.of(serviceCase.getId()).getAppealOutcome());
  }
}
