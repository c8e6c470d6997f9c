package com.residentdesk.complaint;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskDescriptionContributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the next person on a complaint needs on their task: the complaint, its severity, the report,
 * the measures and their deadline, the appeal and its outcome. Never the other parties (CMP-09).
 */
@Component
class ComplaintDescription implements TaskDescriptionContributor {

  private final ComplaintFiles complaints;
  private final CaseFiles caseFiles;

  ComplaintDescription(ComplaintFiles complaints, CaseFiles caseFiles) {
    this.complaints = complaints;
    this.caseFiles = caseFiles;
  }

  @Override
  public Optional<String> describe(ServiceCase serviceCase) {
    if (caseFiles.registeredInThisTransaction(serviceCase.getId())) {
      return Optional.empty(); // a complaint is accepted on a task, never as it is registered
    }
    Optional<Complaint> found = complaints.find(serviceCase.getId());
    if (found.isEmpty() || found.get().getAcceptedAt() == null) {
      return Optional.empty();
    }
    Complaint c = found.get();
    List<String> parts = new ArrayList<>();
    parts.add("Complaint: " + c.getSummary());
    if (c.getSeverity() != null) {
      parts.add(
          "Severity "
              + c.getSeverity()
              + ("age".equals(c.getSeveritySource()) ? " (re-classified: open a month)" : ""));
    }
    if (c.getReportCause() != null) {
      parts.add("Cause: " + c.getReportCause() + " · Proposed remedy: " + c.getReportRemedy());
    }
    if (c.getMeasures() != null) {
      parts.add("Measures: " + c.getMeasures() + " (by " + c.getMeasuresDeadline() + ")");
    }
    if (c.getAppealText() != null) {
      parts.add("Appeal: " + c.getAppealText());
    }
    if (c.getAppealOutcome() != null) {
      parts.add(
          "Appeal outcome: "
              + c.getAppealOutcome()
              + (Boolean.TRUE.equals(c.getAppealUpheld()) ? " (upheld)" : ""));
    }
    return Optional.of(String.join(" · ", parts));
  }
}
