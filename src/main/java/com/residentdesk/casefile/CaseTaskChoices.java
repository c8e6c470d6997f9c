package com.residentdesk.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Gives a case's task the choices its form offers (the people a dispatcher may pick), as task
 * variables written when the task is created: a Camunda form can offer only what variables hold.
 */
public interface CaseTaskChoices {

  /** Leaves a task this does not know alone. */
  void offer(DelegateTask task, ServiceCase serviceCase);
}
