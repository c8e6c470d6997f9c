package com.residentdesk.audit;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.Deadlines;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole story of a case in time order: the engine's history of every process of the case (its
 * own and those it called, which share its business key) merged with the handling sheet, the
 * messages, and the deadlines met and missed.
 */
@Service
public class CaseTimeline {

  private static final List<String> KIND_ORDER =
      List.of(
          "activity",
          "task",
          "decision",
          "variable",
          "sheet",
          "deadline",
          "breach",
          "message",
          "incident",
          "operation");

  private final HistoryService history;
  private final CaseFiles caseFiles;
  private final Deadlines deadlines;
  private final OutboxRepository outbox;
  private final Map<String, String> ruleOfTask;

  public CaseTimeline(
      HistoryService history,
      CaseFiles caseFiles,
      Deadlines deadlines,
      OutboxRepository outbox,
      List<TaskStep> steps) {
    this.history = history;
    this.caseFiles = caseFiles;
    this.deadlines = deadlines;
    this.outbox = outbox;
    this.ruleOfTask = new HashMap<>();
    TaskStep.byTaskKey(steps)
        .forEach(
            (key, step) -> {
              if (step.ruleId() != null) {
                ruleOfTask.put(key, step.ruleId());
              }
            });
  }

  public List<HistoricProcessInstance> processesOf(String caseNumber) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .orderByProcessInstanceStartTime()
        .asc()
        .list();
  }

  @Transactional(readOnly = true)
  public List<TimelineEntry> of(ServiceCase serviceCase) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (HistoricProcessInstance process : processesOf(serviceCase.getCaseNumber())) {
      String pid = process.getId();
      activities(pid, entries);
      tasks(pid, entries);
      variables(pid, entries);
      decisions(pid, entries);
      incidents(pid, entries);
      operations(pid, entries);
    }
    sheet(serviceCase, entries);
    deadlineClocks(serviceCase, entries);
    messages(serviceCase, entries);
    entries.sort(
        Comparator.comparing(TimelineEntry::at).thenComparing(e -> KIND_ORDER.indexOf(e.kind())));
    return entries;
  }

  private void activities(String pid, List<TimelineEntry> entries) {
    for (HistoricActivityInstance a :
        history.createHistoricActivityInstanceQuery().processInstanceId(pid).list()) {
      String name = a.getActivityName() == null ? a.getActivityId() : a.getActivityName();
      String rule = ruleOfTask.get(a.getActivityId());
      entries.add(
          new TimelineEntry(
              instant(a.getStartTime()),
              null,
              "activity",
              "Entered " + name,
              a.getActivityType(),
              rule,
              pid,
              a.getActivityId()));
      if (a.getEndTime() != null) {
        entries.add(
            new TimelineEntry(
                instant(a.getEndTime()),
                a.getAssignee(),
                "activity",
                (a.isCanceled() ? "Cancelled " : "Left ") + name,
                duration(a.getDurationInMillis()),
                rule,
                pid,
                a.getActivityId()));
      }
    }
  }

  private void tasks(String pid, List<TimelineEntry> entries) {
    for (HistoricTaskInstance t :
        history.createHistoricTaskInstanceQuery().processInstanceId(pid).list()) {
      String rule = ruleOfTask.get(t.getTaskDefinitionKey());
      List<HistoricIdentityLinkLog> links =
          history.createHistoricIdentityLinkLogQuery().taskId(t.getId()).list();
      String groups =
          links.stream()
              .filter(l -> l.getGroupId() != null && "add".equals(l.getOperationType()))
              .map(HistoricIdentityLinkLog::getGroupId)
              .distinct()
              .collect(Collectors.joining(", "));
      entries.add(
          new TimelineEntry(
              instant(t.getStartTime()),
              null,
              "task",
              "Task created: " + t.getName(),
              "offered to "
                  + (groups.isEmpty() ? "nobody" : groups)
                  + (t.getDueDate() == null ? "" : "; due " + instant(t.getDueDate())),
              rule,
              pid,
              t.getTaskDefinitionKey()));
      for (HistoricIdentityLinkLog link : links) {
        if ("assignee".equals(link.getType())) {
          boolean added = "add".equals(link.getOperationType());
          entries.add(
              new TimelineEntry(
                  instant(link.getTime()),
                  link.getAssignerId(),
                  "task",
                  (added
                          ? "Assigned to " + link.getUserId()
                          : "Unassigned from " + link.getUserId())
                      + ": "
                      + t.getName(),
                  null,
                  rule,
                  pid,
                  t.getTaskDefinitionKey()));
        }
      }
      if (t.getEndTime() != null) {
        entries.add(
            new TimelineEntry(
                instant(t.getEndTime()),
                t.getAssignee(),
                "task",
                ("completed".equals(t.getDeleteReason())
                        ? "Task completed: "
                        : "Task ended (" + t.getDeleteReason() + "): ")
                    + t.getName(),
                "took " + duration(t.getDurationInMillis()),
                rule,
                pid,
                t.getTaskDefinitionKey()));
      }
    }
  }

  private void variables(String pid, List<TimelineEntry> entries) {
    for (HistoricDetail detail :
        history.createHistoricDetailQuery().processInstanceId(pid).variableUpdates().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      entries.add(
          new TimelineEntry(
              instant(update.getTime()),
              null,
              "variable",
              "Variable " + update.getVariableName() + " = " + update.getValue(),
              update.getTypeName(),
              null,
              pid,
              update.getActivityInstanceId()));
    }
  }

  private void decisions(String pid, List<TimelineEntry> entries) {
    for (HistoricDecisionInstance d :
        history
            .createHistoricDecisionInstanceQuery()
            .processInstanceId(pid)
            .includeInputs()
            .includeOutputs()
            .list()) {
      String inputs =
          d.getInputs().stream()
              .map(i -> i.getClauseName() + "=" + i.getValue())
              .collect(Collectors.joining(", "));
      String outputs =
          d.getOutputs().stream()
              .map(o -> o.getVariableName() + "=" + o.getValue())
              .collect(Collectors.joining(", "));
      String rule =
          d.getOutputs().isEmpty()
              ? "no rule matched"
              : "rule " + d.getOutputs().get(0).getRuleId();
      entries.add(
          new TimelineEntry(
              instant(d.getEvaluationTime()),
              d.getUserId(),
              "decision",
              "Decision " + d.getDecisionDefinitionKey() + " evaluated (" + rule + ")",
              "inputs: " + inputs + "; outputs: " + outputs,
              null,
              pid,
              d.getActivityId()));
    }
  }

  private void incidents(String pid, List<TimelineEntry> entries) {
    for (HistoricIncident i : history.createHistoricIncidentQuery().processInstanceId(pid).list()) {
      entries.add(
          new TimelineEntry(
              instant(i.getCreateTime()),
              null,
              "incident",
              "Incident " + i.getIncidentType() + " at " + i.getActivityId(),
              i.getIncidentMessage(),
              null,
              pid,
              i.getActivityId()));
      if (i.getEndTime() != null) {
        entries.add(
            new TimelineEntry(
                instant(i.getEndTime()),
                null,
                "incident",
                i.isResolved() ? "Incident resolved" : "Incident deleted",
                null,
                null,
                pid,
                i.getActivityId()));
      }
    }
  }

  private void operations(String pid, List<TimelineEntry> entries) {
    for (UserOperationLogEntry op :
        history.createUserOperationLogQuery().processInstanceId(pid).list()) {
      String change =
          op.getProperty() == null
              ? ""
              : op.getProperty() + ": " + op.getOrgValue() + " -> " + op.getNewValue();
      entries.add(
          new TimelineEntry(
              instant(op.getTimestamp()),
              op.getUserId(),
              "operation",
              op.getOperationType() + " " + op.getEntityType(),
              change,
              null,
              pid,
              null));
    }
  }

  private void sheet(ServiceCase serviceCase, List<TimelineEntry> entries) {
    caseFiles
        .sheet(serviceCase.getId())
        .forEach(
            e ->
                entries.add(
                    new TimelineEntry(
                        e.getOccurredAt(),
                        e.getActor(),
                        "sheet",
                        e.getTitle(),
                        e.getDetails(),
                        e.getRuleId(),
                        null,
                        e.getStep())));
  }

  private void deadlineClocks(ServiceCase serviceCase, List<TimelineEntry> entries) {
    for (DeadlineClock clock : deadlines.clocksOf(serviceCase.getId())) {
      String rule = clock.getRuleId();
      entries.add(
          new TimelineEntry(
              clock.getStartedAt(),
              null,
              "deadline",
              "Deadline "
                  + rule
                  + " runs"
                  + (clock.getRound() > 0 ? " (round " + clock.getRound() + ")" : ""),
              "due " + clock.getDueAt(),
              rule,
              null,
              null));
      if (clock.getMetAt() != null) {
        entries.add(
            new TimelineEntry(
                clock.getMetAt(),
                null,
                "deadline",
                "Deadline " + rule + " met",
                null,
                rule,
                null,
                null));
      }
      if (clock.getBreachedAt() != null) {
        entries.add(
            new TimelineEntry(
                clock.getBreachedAt(),
                null,
                "breach",
                "Deadline " + rule + " missed",
                "due " + clock.getDueAt() + "; escalated to " + clock.getEscalatedTo(),
                rule,
                null,
                null));
      }
    }
  }

  private void messages(ServiceCase serviceCase, List<TimelineEntry> entries) {
    for (OutboxMessage m : outbox.findByCaseIdOrderByIdAsc(serviceCase.getId())) {
      entries.add(
          new TimelineEntry(
              m.getCreatedAt(),
              null,
              "message",
              "Message queued: " + m.getPurpose(),
              m.getSubject() + " -> " + m.getRecipient(),
              null,
              null,
              null));
      if (m.getSentAt() != null) {
        entries.add(
            new TimelineEntry(
                m.getSentAt(),
                null,
                "message",
                "Message delivered: " + m.getPurpose(),
                "after " + m.getAttempts() + " attempt(s)",
                null,
                null,
                null));
      }
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String duration(Long millis) {
    return millis == null ? null : Duration.ofMillis(millis).toString();
  }
}
