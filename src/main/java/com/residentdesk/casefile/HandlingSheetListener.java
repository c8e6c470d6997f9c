package com.residentdesk.casefile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Runs on the completion of every user task (HLP-05): applies the task's {@link TaskStep}, writes
 * who completed what, when and with which entries to the handling sheet, and takes the form's
 * business data out of the process variables.
 */
@Component
public class HandlingSheetListener {

  private final Map<String, TaskStep> steps;
  private final CaseFiles caseFiles;
  private final CurrentActor actor;

  public HandlingSheetListener(List<TaskStep> steps, CaseFiles caseFiles, CurrentActor actor) {
    this.steps = steps.stream().collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
    this.caseFiles = caseFiles;
    this.actor = actor;
  }

  public void onComplete(DelegateTask task) {
    Long caseId = CaseIds.of(task);
    if (caseId == null) {
      return;
    }
    TaskStep step = steps.get(task.getTaskDefinitionKey());
    ServiceCase serviceCase = caseFiles.get(caseId);
    if (step != null) {
      step.complete(task, serviceCase);
    }
    caseFiles.recordAs(
        actorOf(task),
        caseId,
        task.getTaskDefinitionKey(),
        taskName(task),
        step == null ? null : sheetEntries(task, step),
        step == null ? null : step.ruleId(task));
    if (step != null) {
      step.sheetFields().keySet().forEach(task.getExecution()::removeVariable);
      step.privateFields().forEach(task.getExecution()::removeVariable);
    }
  }

  /** The step's name in the model (Tasklist shows it with the case number appended). */
  private static String taskName(DelegateTask task) {
    var element = task.getBpmnModelElementInstance();
    return element != null && element.getName() != null ? element.getName() : task.getName();
  }

  private String actorOf(DelegateTask task) {
    String current = actor.id();
    if (CurrentActor.SYSTEM.equals(current) && task.getAssignee() != null) {
      return task.getAssignee();
    }
    return current;
  }

  private static String sheetEntries(DelegateTask task, TaskStep step) {
    String entries =
        step.sheetFields().entrySet().stream()
            .filter(field -> TaskStep.text(task, field.getKey()) != null)
            .map(field -> field.getValue() + ": " + TaskStep.text(task, field.getKey()))
            .collect(Collectors.joining("\n"));
    if (entries.isEmpty()) {
      return null;
    }
    return entries.length() > 4000 ? entries.substring(0, 4000) : entries;
  }
}
