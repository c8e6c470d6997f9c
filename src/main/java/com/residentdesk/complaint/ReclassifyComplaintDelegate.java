package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Var.CASE_ID;
import static com.residentdesk.complaint.ComplaintProcess.Var.COMPLAINT_HANDLERS;
import static com.residentdesk.complaint.ComplaintProcess.Var.SEVERITY;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.Privileged;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * CMP-02: a valid complaint still open one month after acceptance becomes major. The centre manager
 * takes over: later tasks go to them, open tasks are offered to them as well, and they are told.
 * Nothing in progress is interrupted.
 */
@Component("reclassifyComplaintDelegate")
class ReclassifyComplaintDelegate implements JavaDelegate {

  private final ComplaintFiles complaints;
  private final CaseFiles caseFiles;
  private final TaskService taskService;
  private final StaffNotifier notifier;
  private final DeskClock clock;

  ReclassifyComplaintDelegate(
      ComplaintFiles complaints,
      CaseFiles caseFiles,
      TaskService taskService,
      StaffNotifier notifier,
      DeskClock clock) {
    this.complaints = complaints;
    this.caseFiles = caseFiles;
    this.taskService = taskService;
    this.notifier = notifier;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.from(execution);
    if (!complaints.of(caseId).reclassifyAsMajor(clock.now())) {
      return;
    }
    SEVERITY.set(execution, Complaint.MAJOR);
    COMPLAINT_HANDLERS.set(execution, StaffGroups.CENTRE_MANAGER);
    offerOpenTasksToCentreManager(execution.getProcessInstanceId());
    ServiceCase serviceCase = caseFiles.get(caseId);
    String caseNumber = serviceCase.getCaseNumber();
    caseFiles.record(
        caseId,
        ComplaintProcess.Element.RECLASSIFY_AS_MAJOR,
        "Re-classified as major: not resolved within one month",
        "Moved to the centre manager",
        "CMP-02");
    notifier.notifyGroup(
        StaffGroups.CENTRE_MANAGER,
        serviceCase.getPropertyCode(),
        "complaint-major-" + caseId,
        caseId,
        MessagePurpose.DEADLINE_BREACH,
        "Complaint %s is now major".formatted(caseNumber),
        ("Complaint %s was accepted more than a month ago and is not resolved. Under CMP-02 it is now a major "
                + "complaint, handled by the centre manager; its open tasks are in your queue.")
            .formatted(caseNumber));
  }

  private void offerOpenTasksToCentreManager(String processInstanceId) {
    Privileged.asSystem(
        () -> {
          taskService
              .createTaskQuery()
              .processInstanceId(processInstanceId)
              .list()
              .forEach(
                  task -> taskService.addCandidateGroup(task.getId(), StaffGroups.CENTRE_MANAGER));
          return null;
        });
  }
}
