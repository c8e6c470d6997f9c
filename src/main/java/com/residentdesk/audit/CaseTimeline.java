package com.residentdesk.audit;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.SheetWords;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.system.DeskFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.springframework.context.MessageSource;
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
  private final MessageSource messages;
  private final DeskFormat format;
  private final Map<String, String> ruleOfTask;
  private final SheetWords sheetWords;

  public CaseTimeline(
      HistoryService history,
      CaseFiles caseFiles,
      Deadlines deadlines,
      OutboxRepository outbox,
      MessageSource messages,
      DeskFormat format,
      List<TaskStep> steps,
      SheetWords sheetWords) {
    this.sheetWords = sheetWords;
    this.history = history;
    this.caseFiles = caseFiles;
    this.deadlines = deadlines;
    this.outbox = outbox;
    this.messages = messages;
    this.format = format;
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

  /**
   * The story in the reader's language: the desk's own words are translated (messages/audit*),
   * names from the models and the handling sheet are shown as they were written; times in the
   * property's time zone, durations in words.
   */
  @Transactional(readOnly = true)
  public List<TimelineEntry> of(ServiceCase serviceCase, Locale locale) {
    Texts texts = new Texts(messages, locale);
    List<TimelineEntry> entries = new ArrayList<>();
    for (HistoricProcessInstance process : processesOf(serviceCase.getCaseNumber())) {
      String pid = process.getId();
      activities(pid, entries, texts);
      tasks(pid, entries, texts);
      variables(pid, entries, texts);
      decisions(pid, entries, texts);
      incidents(pid, entries, texts);
      operations(pid, entries, texts);
    }
    sheet(serviceCase, entries, texts.locale());
    deadlineClocks(serviceCase, entries, texts);
    messages(serviceCase, entries, texts);
    entries.sort(
        Comparator.comparing(TimelineEntry::at).thenComparing(e -> KIND_ORDER.indexOf(e.kind())));
    return entries;
  }

  private void activities(String pid, List<TimelineEntry> entries, Texts texts) {
    for (HistoricActivityInstance a :
        history.createHistoricActivityInstanceQuery().processInstanceId(pid).list()) {
      String name = a.getActivityName() == null ? a.getActivityId() : a.getActivityName();
      String rule = ruleOfTask.get(a.getActivityId());
      entries.add(
          new TimelineEntry(
              instant(a.getStartTime()),
              null,
              "activity",
              texts.get("audit.activity.entered", name),
              texts.orCode("audit.type." + a.getActivityType(), a.getActivityType()),
              rule,
              pid,
              a.getActivityId()));
      if (a.getEndTime() != null) {
        entries.add(
            new TimelineEntry(
                instant(a.getEndTime()),
                a.getAssignee(),
                "activity",
                texts.get(
                    a.isCanceled() ? "audit.activity.cancelled" : "audit.activity.left", name),
                texts.duration(a.getDurationInMillis()),
                rule,
                pid,
                a.getActivityId()));
      }
    }
  }

  private void tasks(String pid, List<TimelineEntry> entries, Texts texts) {
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
              texts.get("audit.task.created", t.getName()),
              texts.get(
                      "audit.task.offered",
                      groups.isEmpty() ? texts.get("audit.task.nobody") : groups)
                  + (t.getDueDate() == null
                      ? ""
                      : texts.get("audit.separator")
                          + texts.get("audit.task.due", format.time(instant(t.getDueDate())))),
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
                  texts.get(
                      added ? "audit.task.assigned" : "audit.task.unassigned",
                      link.getUserId(),
                      t.getName()),
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
                "completed".equals(t.getDeleteReason())
                    ? texts.get("audit.task.completed", t.getName())
                    : texts.get("audit.task.ended", t.getDeleteReason(), t.getName()),
                texts.get("audit.activity.took", texts.duration(t.getDurationInMillis())),
                rule,
                pid,
                t.getTaskDefinitionKey()));
      }
    }
  }

  private void variables(String pid, List<TimelineEntry> entries, Texts texts) {
    for (HistoricDetail detail :
        history.createHistoricDetailQuery().processInstanceId(pid).variableUpdates().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      entries.add(
          new TimelineEntry(
              instant(update.getTime()),
              null,
              "variable",
              texts.get(
                  "audit.variable", update.getVariableName(), String.valueOf(update.getValue())),
              update.getTypeName(),
              null,
              pid,
              update.getActivityInstanceId()));
    }
  }

  private void decisions(String pid, List<TimelineEntry> entries, Texts texts) {
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
              ? texts.get("audit.decision.no-rule")
              : texts.get("audit.decision.rule", d.getOutputs().get(0).getRuleId());
      entries.add(
          new TimelineEntry(
              instant(d.getEvaluationTime()),
              d.getUserId(),
              "decision",
              texts.get("audit.decision", d.getDecisionDefinitionKey(), rule),
              texts.get("audit.decision.detail", inputs, outputs),
              null,
              pid,
              d.getActivityId()));
    }
  }

  private void incidents(String pid, List<TimelineEntry> entries, Texts texts) {
    for (HistoricIncident i : history.createHistoricIncidentQuery().processInstanceId(pid).list()) {
      entries.add(
          new TimelineEntry(
              instant(i.getCreateTime()),
              null,
              "incident",
              texts.get("audit.incident", i.getIncidentType(), i.getActivityId()),
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
                texts.get(i.isResolved() ? "audit.incident.resolved" : "audit.incident.deleted"),
                null,
                null,
                pid,
                i.getActivityId()));
      }
    }
  }

  private void operations(String pid, List<TimelineEntry> entries, Texts texts) {
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
              texts.get("audit.operation", op.getOperationType(), op.getEntityType()),
              change,
              null,
              pid,
              null));
    }
  }

  /** The sheet's labels and step names in the reader's language (the values as written). */
  private void sheet(ServiceCase serviceCase, List<TimelineEntry> entries, Locale locale) {
    caseFiles
        .sheet(serviceCase.getId())
        .forEach(
            e ->
                entries.add(
                    new TimelineEntry(
                        e.getOccurredAt(),
                        e.getActor(),
                        "sheet",
                        sheetWords.title(e.getTitle(), locale),
                        sheetWords.details(e.getStep(), e.getDetails(), locale),
                        e.getRuleId(),
                        null,
                        e.getStep())));
  }

  private void deadlineClocks(ServiceCase serviceCase, List<TimelineEntry> entries, Texts texts) {
    for (DeadlineClock clock : deadlines.clocksOf(serviceCase.getId())) {
      String rule = clock.getRuleId();
      entries.add(
          new TimelineEntry(
              clock.getStartedAt(),
              null,
              "deadline",
              clock.getRound() > 0
                  ? texts.get("audit.deadline.round", rule, clock.getRound())
                  : texts.get("audit.deadline.runs", rule),
              texts.get("audit.deadline.due", format.time(clock.getDueAt())),
              rule,
              null,
              null));
      if (clock.getMetAt() != null) {
        entries.add(
            new TimelineEntry(
                clock.getMetAt(),
                null,
                "deadline",
                texts.get(clock.metInTime() ? "audit.deadline.met" : "audit.deadline.late", rule),
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
                texts.get("audit.deadline.missed", rule),
                texts.get(
                    "audit.deadline.escalated",
                    format.time(clock.getDueAt()),
                    clock.getEscalatedTo()),
                rule,
                null,
                null));
      }
    }
  }

  private void messages(ServiceCase serviceCase, List<TimelineEntry> entries, Texts texts) {
    for (OutboxMessage m : outbox.findByCaseIdOrderByIdAsc(serviceCase.getId())) {
      entries.add(
          new TimelineEntry(
              m.getCreatedAt(),
              null,
              "message",
              texts.get("audit.message.queued", texts.purpose(m.getPurpose())),
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
                texts.get("audit.message.delivered", texts.purpose(m.getPurpose())),
                texts.get("audit.message.attempts", m.getAttempts()),
                null,
                null,
                null));
      }
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** The audit bundle in one reader's language. */
  private record Texts(MessageSource messages, Locale locale) {

    String get(String code, Object... args) {
      return messages.getMessage(code, args, locale);
    }

    /** The text for a code, or the given fallback (an engine code without a translation). */
    String orCode(String code, String fallback) {
      return messages.getMessage(code, null, fallback, locale);
    }

    String purpose(Object purpose) {
      return orCode("audit.purpose." + purpose, String.valueOf(purpose));
    }

    String duration(Long millis) {
      return millis == null ? null : DeskFormat.duration(Duration.ofMillis(millis), locale);
    }
  }
}
