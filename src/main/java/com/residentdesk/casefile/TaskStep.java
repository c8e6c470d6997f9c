package com.residentdesk.casefile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What completing one user task means for the case: the one way to write a task step. A step is a
 * Spring bean named after its task ({@code FrontDeskReviewStep} for {@code Task_FrontDeskReview}),
 * declares the form fields it reads and where each goes, and checks and records the completion in
 * {@link #complete(TaskForm, ServiceCase)}. An {@link
 * com.residentdesk.system.InvalidEntryException} there refuses the completion and Tasklist shows
 * its message.
 *
 * <p>{@link HandlingSheetListener} runs the step on every task completion, writes the sheet fields
 * to the handling sheet (HLP-05) and then removes all case data from the process: the case file
 * keeps the business data, the process keeps outcomes.
 */
public abstract class TaskStep {

  private final List<String> taskKeys;
  private final String ruleId;
  private final List<FormField> fields;

  /**
   * @param taskKey the BPMN id of the user task (a constant of its process class)
   * @param ruleId the SOP rule the step serves, for the handling sheet and the audit timeline
   * @param fields every form field the step reads, in the order the handling sheet shows them
   */
  protected TaskStep(String taskKey, String ruleId, FormField... fields) {
    this(List.of(taskKey), ruleId, fields);
  }

  /** One step for several tasks that share a form (the callback of each topic process). */
  protected TaskStep(List<String> taskKeys, String ruleId, FormField... fields) {
    this.taskKeys = List.copyOf(taskKeys);
    this.ruleId = ruleId;
    this.fields = List.of(fields);
  }

  /** The steps by the task they complete; two steps for one task are a wiring error. */
  public static Map<String, TaskStep> byTaskKey(List<TaskStep> steps) {
    Map<String, TaskStep> byKey = new HashMap<>();
    for (TaskStep step : steps) {
      for (String key : step.taskKeys()) {
        if (byKey.put(key, step) != null) {
          throw new IllegalStateException("Two steps complete " + key);
        }
      }
    }
    return Map.copyOf(byKey);
  }

  /** Case data shown on the handling sheet with this label. */
  protected static FormField onSheet(ProcessVariable<?> field, String label) {
    return new FormField(field, label, FormField.Use.SHEET);
  }

  /** Case data kept off the handling sheet: not everyone who reads it may see it (CMP-09). */
  protected static FormField confidential(ProcessVariable<?> field) {
    return new FormField(field, null, FormField.Use.CONFIDENTIAL);
  }

  /** An outcome the form sets and the process keeps for its gateways. */
  protected static FormField outcome(ProcessVariable<?> variable) {
    return new FormField(variable, null, FormField.Use.OUTCOME);
  }

  public final List<String> taskKeys() {
    return taskKeys;
  }

  public final String ruleId() {
    return ruleId;
  }

  /** The rule as recorded for this completion; a step may depend on the task's context. */
  protected String ruleId(DelegateTask task) {
    return ruleId;
  }

  public final List<FormField> fields() {
    return fields;
  }

  /** Data the step records in a record of its own and takes out of the process. */
  protected static FormField recorded(ProcessVariable<?> field) {
    return new FormField(field, null, FormField.Use.RECORDED);
  }

  /**
   * Whether the step's task belongs to a case. A process that keeps a record of its own instead of
   * a case file (procedure governance) has steps that say false: {@link #complete(TaskForm,
   * ServiceCase)} gets no case, and no handling-sheet line is written.
   */
  public boolean belongsToCase() {
    return true;
  }

  /** Checks and records the completion; the default checks nothing. */
  protected void complete(TaskForm form, ServiceCase serviceCase) {}

  /** What {@link HandlingSheetListener} does for a step that {@link #belongsToCase()} not. */
  final void completeWithoutCase(DelegateTask task) {
    complete(new TaskForm(this, task), null);
  }

  /** What {@link HandlingSheetListener} records for this completion. */
  final Completion complete(DelegateTask task, ServiceCase serviceCase) {
    TaskForm form = new TaskForm(this, task);
    complete(form, serviceCase);
    String entries = form.sheetEntries();
    return new Completion(entries.isEmpty() ? null : entries, ruleId(task));
  }

  record Completion(String sheetEntries, String ruleId) {}
}
