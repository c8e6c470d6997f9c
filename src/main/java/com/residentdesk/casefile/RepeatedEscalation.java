package com.residentdesk.casefile;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * An escalation that repeats (a cycle timer on an overdue task, {@code EscalationCycle}) while
 * nobody acts opens one follow-up task at a time: when the follow-up it would open is still open,
 * the escalation raises that task's priority instead of opening a second one, and the model's
 * gateway ({@link #FOLLOW_UP_OPEN}) ends the path there. The escalation itself is recorded each
 * time by the caller, on its own record.
 */
@Component
public class RepeatedEscalation {

  /** Set on the escalation's own path: the follow-up task is still open. */
  public static final ProcessVariable<Boolean> FOLLOW_UP_OPEN =
      ProcessVariable.flag("followUpOpen");

  /** How much a repeated escalation raises the open follow-up's priority (up to 100). */
  static final int RAISE = 10;

  static final int MAX_PRIORITY = 100;

  private final TaskService tasks;

  public RepeatedEscalation(TaskService tasks) {
    this.tasks = tasks;
  }

  /**
   * Whether the follow-up task {@code followUpTask} of this instance is still open; if it is, its
   * priority is raised. Sets {@link #FOLLOW_UP_OPEN} on the escalation's path.
   */
  public boolean remindOpenFollowUp(DelegateExecution execution, String followUpTask) {
    Task open =
        tasks
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(followUpTask)
            .orderByTaskCreateTime()
            .asc()
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    if (open != null && open.getPriority() < MAX_PRIORITY) {
      open.setPriority(Math.min(MAX_PRIORITY, open.getPriority() + RAISE));
      tasks.saveTask(open);
    }
    FOLLOW_UP_OPEN.setLocal(execution, open != null);
    return open != null;
  }
}
