package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.NOTICE_METHOD;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** CMP-05: the complainant is told the measures, the deadline and how to appeal, in writing. */
@Component
class InformDecisionStep extends TaskStep {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ComplaintFiles complaints;

  InformDecisionStep(ComplaintFiles complaints) {
    super(ComplaintProcess.Element.INFORM_DECISION, "CMP-05", onSheet(NOTICE_METHOD, "Told by"));
    this.complaints = complaints;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String method =
        form.oneOf(NOTICE_METHOD, "How the complainant is told", ComplaintFiles.NOTICE_METHODS);
    Complaint complaint = complaints.of(serviceCase.getId());
    complaints.writeToComplainant(
        serviceCase,
        method,
        "complaintDecision",
        "complaint-decision-" + complaint.getDecisionRound(),
        complaint.getMeasures(),
        complaint.getMeasuresDeadline().toString(),
        WHEN.format(complaints.appealDeadline(complaint).atZone(complaints.zoneOf(complaint))));
  }
}
