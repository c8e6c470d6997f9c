package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.SuggestionProcess.Field.DECISION_REASONS;
import static com.residentdesk.inquiry.SuggestionProcess.Var.ADOPTED;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** SUG-03: adopted or not, with the reasons. */
@Component
class DecideSuggestionStep extends TaskStep {

  private final TopicFiles topics;

  DecideSuggestionStep(TopicFiles topics) {
    super(
        SuggestionProcess.Element.DECIDE_SUGGESTION,
        "SUG-03",
        outcome(ADOPTED),
        onSheet(DECISION_REASONS, "Reasons"));
    this.topics = topics;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    boolean adopted = form.flag(ADOPTED);
    form.set(ADOPTED, adopted);
    topics.of(serviceCase.getId()).decide(adopted, form.required(DECISION_REASONS, "The reasons"));
  }
}
