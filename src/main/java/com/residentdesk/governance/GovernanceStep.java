package com.residentdesk.governance;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.FormField;
import com.residentdesk.casefile.TaskStep;

/**
 * A step of a governance task: a {@link TaskStep} of a process without a case file, which records
 * the completion in the governance record as the person who completed it.
 */
abstract class GovernanceStep extends TaskStep {

  protected final CurrentActor actor;

  protected GovernanceStep(String taskKey, String ruleId, CurrentActor actor, FormField... fields) {
    super(taskKey, ruleId, fields);
    this.actor = actor;
  }

  @Override
  public final boolean belongsToCase() {
    return false;
  }
}
