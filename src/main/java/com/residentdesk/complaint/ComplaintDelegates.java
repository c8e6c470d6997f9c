package com.residentdesk.complaint;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseIds;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.Triage;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.Privileged;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of complaint-handling. */
@Configuration
class ComplaintDelegates {

  /**
   * CMP-01/CMP-07: the complaint record exists from receipt; the 24-hour acceptance clock starts.
   */
  @Bean
  JavaDelegate openComplaintDelegate(ComplaintFiles complaints, Deadlines deadlines) {
    return execution -> {
      Long caseId = CaseIds.required(execution);
      complaints.open(caseId);
      deadlines.due(caseId, Rules.CMP_01);
      if (!execution.hasVariable(ResidentRequestProcess.Var.TASK_PRIORITY)) {
        // started from Tasklist, not through triage: a complaint's normal priority (triage table)
        execution.setVariable(ResidentRequestProcess.Var.TASK_PRIORITY, 50);
      }
    };
  }

  /** CMP-02: the severity the table decided is written on the complaint. */
  @Bean
  JavaDelegate recordSeverityDelegate(
      ComplaintFiles complaints, CaseFiles caseFiles, DeskClock clock) {
    return execution -> {
      Long caseId = CaseIds.required(execution);
      String severity = (String) execution.getVariable(ComplaintProcess.Var.SEVERITY);
      complaints.of(caseId).classify(severity);
      String handlers = (String) execution.getVariable(ComplaintProcess.Var.COMPLAINT_HANDLERS);
      ServiceCase serviceCase = caseFiles.get(caseId);
      if (serviceCase.getHandlingGroup() == null) {
        // started directly from Tasklist, not triaged: the complaint's handlers are its group
        serviceCase.recordTriage(
            new Triage("normal", handlers.split(",")[0], false, false, null, null), clock.now());
      }
      caseFiles.record(
          caseId,
          ComplaintProcess.Element.DECIDE_SEVERITY,
          "Severity: " + severity,
          "Handled by " + execution.getVariable(ComplaintProcess.Var.COMPLAINT_HANDLERS),
          "CMP-02");
    };
  }

  /**
   * CMP-02: a valid complaint still open one month after acceptance becomes major. The centre
   * manager takes over: later tasks go to them, open tasks are offered to them as well, and they
   * are told. Nothing in progress is interrupted.
   */
  @Bean
  JavaDelegate reclassifyComplaintDelegate(
      ComplaintFiles complaints,
      CaseFiles caseFiles,
      TaskService taskService,
      StaffNotifier notifier,
      DeskClock clock) {
    return execution -> {
      Long caseId = CaseIds.required(execution);
      if (!complaints.of(caseId).reclassifyAsMajor(clock.now())) {
        return;
      }
      execution.setVariable(ComplaintProcess.Var.SEVERITY, Complaint.MAJOR);
      execution.setVariable(ComplaintProcess.Var.COMPLAINT_HANDLERS, StaffGroups.CENTRE_MANAGER);
      Privileged.asSystem(
          () -> {
            taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .list()
                .forEach(
                    task ->
                        taskService.addCandidateGroup(task.getId(), StaffGroups.CENTRE_MANAGER));
            return null;
          });
      ServiceCase serviceCase = caseFiles.get(caseId);
      caseFiles.record(
          caseId,
          ComplaintProcess.Element.RECLASSIFY_AS_MAJOR,
          "Re-classified as major: not resolved within one month",
          "Moved to the centre manager",
          "CMP-02");
      notifier.notifyGroup(
          StaffGroups.CENTRE_MANAGER,
          "complaint-major-" + caseId,
          caseId,
          MessagePurpose.DEADLINE_BREACH,
          "Complaint %s is now major".formatted(serviceCase.getCaseNumber()),
          ("Complaint %s was accepted more than a month ago and is not resolved. Under CMP-02 it is now a major "
                  + "complaint, handled by the centre manager; its open tasks are in your queue.")
              .formatted(serviceCase.getCaseNumber()));
    };
  }

  /**
   * CMP-07: the archive holds complaint, report, decision, result and appeal; the case is closed.
   */
  @Bean
  JavaDelegate archiveComplaintDelegate(
      ComplaintFiles complaints, CaseFiles caseFiles, DeskClock clock) {
    return execution -> {
      Long caseId = CaseIds.required(execution);
      complaints.of(caseId).archive(clock.now());
      caseFiles.get(caseId).archive(clock.now());
      caseFiles.record(
          caseId, ComplaintProcess.Element.ARCHIVE_COMPLAINT, "Complaint archived", null, "CMP-07");
    };
  }
}
