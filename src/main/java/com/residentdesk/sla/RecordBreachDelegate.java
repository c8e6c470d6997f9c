package com.residentdesk.sla;

import static com.residentdesk.sla.DeadlineEscalationProcess.Var.CASE_ID;
import static com.residentdesk.sla.DeadlineEscalationProcess.Var.ESCALATION_GROUP;
import static com.residentdesk.sla.DeadlineEscalationProcess.Var.MISSED_RULE;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.Outbox;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskProperties;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A deadline was missed: the case records which rule, the deadline and when it was missed; the
 * escalation group is e-mailed and gets a task. The work itself carries on untouched.
 */
@Component("recordBreachDelegate")
class RecordBreachDelegate implements JavaDelegate {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final Deadlines deadlines;
  private final CaseFiles caseFiles;
  private final StaffNotifier notifier;
  private final DeskProperties properties;
  private final PropertyDirectory propertyDirectory;
  private final Outbox outbox;

  RecordBreachDelegate(
      Deadlines deadlines,
      CaseFiles caseFiles,
      StaffNotifier notifier,
      DeskProperties properties,
      PropertyDirectory propertyDirectory,
      Outbox outbox) {
    this.deadlines = deadlines;
    this.caseFiles = caseFiles;
    this.notifier = notifier;
    this.properties = properties;
    this.propertyDirectory = propertyDirectory;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ruleId = MISSED_RULE.from(execution);
    String group = properties.escalation().groupFor(ruleId);
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    deadlines
        .breach(serviceCase.getId(), ruleId, group)
        .ifPresent(
            clock -> {
              String due =
                  WHEN.format(clock.getDueAt().atZone(propertyDirectory.zoneOf(serviceCase)));
              caseFiles.record(
                  serviceCase.getId(),
                  DeadlineEscalationProcess.Element.RECORD_BREACH,
                  "Deadline missed: " + ruleId,
                  "Due " + due + "; escalated to " + group,
                  ruleId);
              // the breach was recorded just now, for the first time: no message under its
              // keys can exist yet
              outbox.keysAreNew("breach-" + clock.getId() + "-");
              notifier.notifyGroup(
                  group,
                  serviceCase.getPropertyCode(),
                  "breach-" + clock.getId(),
                  serviceCase.getId(),
                  MessagePurpose.DEADLINE_BREACH,
                  "Missed deadline %s on case %s".formatted(ruleId, serviceCase.getCaseNumber()),
                  ("The deadline of rule %s on case %s (%s, priority %s) was due %s and has passed.%n"
                          + "An escalation task is waiting in your team's Tasklist queue. "
                          + "The work on the case carries on.")
                      .formatted(
                          ruleId,
                          serviceCase.getCaseNumber(),
                          serviceCase.getRequest().category(),
                          serviceCase.getTriage().priority(),
                          due));
            });
    ESCALATION_GROUP.set(execution, group);
  }
}
