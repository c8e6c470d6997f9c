package com.residentdesk.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Names and describes the tasks of a process that keeps no case file (procedure governance) as
 * {@link TaskDescriptionListener} does for a case's tasks, and gives their forms what they show.
 */
public interface CaselessTasks {

  /** Describes the task when it is one of this process's; leaves any other task alone. */
  void describe(DelegateTask task);
}
