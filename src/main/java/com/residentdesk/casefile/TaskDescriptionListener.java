package com.residentdesk.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows a task's description: every task of a case describes the case, so staff see what
 * they work on without the business data becoming process variables. The task is visible only to
 * the groups it is offered to (INT-06).
 */
@Component
public class TaskDescriptionListener {

  private final CaseFiles caseFiles;
  private final java.util.List<TaskDescriptionContributor> contributors;

  public TaskDescriptionListener(
      CaseFiles caseFiles, java.util.List<TaskDescriptionContributor> contributors) {
    this.caseFiles = caseFiles;
    this.contributors = contributors;
  }

  public void onCreate(DelegateTask task) {
    Long caseId = CaseIds.of(task);
    if (caseId == null) {
      return;
    }
    ServiceCase c = caseFiles.get(caseId);
    // the list shows names only: the case number tells two "Call the resident back" apart
    task.setName(task.getName() + " · " + c.getCaseNumber());
    // Tasklist shows the description as one paragraph, so the parts are separated inline
    StringBuilder text =
        new StringBuilder()
            .append(c.getCaseNumber())
            .append(" · ")
            .append(c.getCategory())
            .append(c.getSubcategory() == null ? "" : "/" + c.getSubcategory())
            .append(c.getPriority() == null ? "" : " · priority " + c.getPriority())
            .append(" · Unit ")
            .append(c.getUnit())
            .append(", ")
            .append(c.getLocation())
            .append(" · Resident: ")
            .append(c.getResidentName())
            .append(", ")
            .append(c.getPhone())
            .append(" · Request: ")
            .append(c.getDescription());
    if (c.getHandlingResult() != null) {
      text.append(" · Last handling result: ").append(c.getHandlingResult());
    }
    contributors.forEach(
        contributor -> contributor.describe(c).ifPresent(part -> text.append(" · ").append(part)));
    task.setDescription(text.length() > 4000 ? text.substring(0, 4000) : text.toString());
  }
}
