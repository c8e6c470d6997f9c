package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.CALLBACK_NOTE;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.CALLBACK_OUTCOME;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/** SVC-11: the on-site callback of an agreement customer, once a quarter. */
@Component
class QuarterlyCallbackStep extends TaskStep {

  private final Agreements agreements;
  private final CurrentActor actor;

  QuarterlyCallbackStep(Agreements agreements, CurrentActor actor) {
    super(
        SpecialServiceAgreementProcess.Element.QUARTERLY_CALLBACK,
        "SVC-11",
        onSheet(CALLBACK_OUTCOME, "回访结果 Outcome"),
        onSheet(CALLBACK_NOTE, "回访记录 Notes"));
    this.agreements = agreements;
    this.actor = actor;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String outcome =
        form.oneOf(CALLBACK_OUTCOME, "回访结果 / callbackOutcome", List.of("satisfied", "unsatisfied"));
    agreements.recordCallback(
        agreements.of(serviceCase.getId()),
        "satisfied".equals(outcome),
        form.text(CALLBACK_NOTE),
        actor.id());
  }
}
