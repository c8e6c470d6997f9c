package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SamplingProcess.Field.METHOD;
import static com.residentdesk.specialservice.SamplingProcess.Field.OTHER_SERVICES;
import static com.residentdesk.specialservice.SamplingProcess.Field.REASON;
import static com.residentdesk.specialservice.SamplingProcess.Var.SAMPLING_ID;
import static com.residentdesk.specialservice.SamplingProcess.Var.SATISFACTION;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SVC-09: the sampled household is called back (a visit, a phone call, the intercom or a
 * questionnaire); an unsatisfied answer records the reason and which other services the household
 * would like, and opens a follow-up.
 */
@Component
class SamplingCallbackStep extends TaskStep {

  static final List<String> METHODS = List.of("visit", "phone", "intercom", "questionnaire");

  private final Sampling sampling;
  private final CurrentActor actor;
  private final DeskClock clock;

  SamplingCallbackStep(Sampling sampling, CurrentActor actor, DeskClock clock) {
    super(
        SamplingProcess.Element.CALL_BACK,
        "SVC-09",
        recorded(METHOD),
        outcome(SATISFACTION),
        recorded(REASON),
        recorded(OTHER_SERVICES));
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
    String method = form.oneOf(METHOD, "回访方式 / samplingMethod", METHODS);
    boolean satisfied =
        "satisfied"
            .equals(
                form.oneOf(
                    SATISFACTION,
                    "客户满意吗 / samplingSatisfaction",
                    List.of("satisfied", "unsatisfied")));
    String reason =
        satisfied ? form.text(REASON) : form.required(REASON, "不满意原因 / unsatisfiedReason");
    sampling
        .get(form.process(SAMPLING_ID))
        .recordAnswer(
            method, satisfied, reason, form.text(OTHER_SERVICES), actor.id(), clock.now());
  }
}
