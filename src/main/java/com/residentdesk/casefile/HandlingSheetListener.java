package com.residentdesk.casefile;

import static com.residentdesk.casefile.CaseVariables.CASE_ID;

import com.residentdesk.system.Texts;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Runs on the completion of every user task (HLP-05): applies the task's {@link TaskStep}, writes
 * who completed what, when and with which entries to the handling sheet, and takes the form's
 * business data out of the process variables. A step of a process without a case file keeps its own
 * record: it runs, and its data leaves the process, without a sheet.
 */
@Component
public class HandlingSheetListener {

  private final Map<String, TaskStep> steps;
  private final CaseFiles caseFiles;
  private final CurrentActor actor;

  public HandlingSheetListener(List<TaskStep> steps, CaseFiles caseFiles, CurrentActor actor) {
    this.steps = TaskStep.byTaskKey(steps);
    this.caseFiles = caseFiles;
    this.actor = actor;
  }

  public void onComplete(DelegateTask task) {
    TaskStep step = steps.get(task.getTaskDefinitionKey());
    if (step != null && !step.belongsToCase()) {
      step.completeWithoutCase(task);
      removeEntries(step, task);
      return;
    }
    Long caseId = CASE_ID.find(task).orElse(null);
    if (caseId == null) {
      return;
    }
    TaskStep.Completion completion =
        step == null
            ? new TaskStep.Completion(null, null)
            : step.complete(task, caseFiles.get(caseId));
    caseFiles.recordAs(
        actorOf(task),
        caseId,
        task.getTaskDefinitionKey(),
        taskName(task),
        clip(completion.sheetEntries()),
        completion.ruleId());
    if (step != null) {
      removeEntries(step, task);
    }
  }

  /** The form's data leaves the process; its outcomes stay for the gateways. */
  private static void removeEntries(TaskStep step, DelegateTask task) {
    step.fields().stream()
        .filter(FormField::isCaseData)
        .forEach(field -> field.variable().remove(task.getExecution()));
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

  private static String clip(String entries) {
    return entries == null ? null : Texts.clip(entries, CaseEvent.DETAILS_LENGTH);
  }
}
