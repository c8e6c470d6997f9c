package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SamplingProcess.Field.FOLLOW_UP;
import static com.residentdesk.specialservice.SamplingProcess.Var.SAMPLING_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import org.springframework.stereotype.Component;

/** SVC-09: the customer-service head follows up a household unsatisfied at the callback. */
@Component
class FollowUpSamplingStep extends TaskStep {

  private final Sampling sampling;
  private final CurrentActor actor;
  private final DeskClock clock;

  FollowUpSamplingStep(Sampling sampling, CurrentActor actor, DeskClock clock) {
    super(SamplingProcess.Element.FOLLOW_UP, "SVC-09", recorded(FOLLOW_UP));
    this.sampling = sampling;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    sampling
        .get(form.process(SAMPLING_ID))
        .recordFollowUp(
            form.required(FOLLOW_UP, "跟进处理 / samplingFollowUp"), actor.id(), clock.now());
  }
}
