package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.SuggestionProcess.Field.CO_SIGNERS;
import static com.residentdesk.inquiry.SuggestionProcess.Field.SUGGESTION_SUMMARY;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** SUG-01/SUG-03: the suggestion on the handling sheet, with how many households co-signed it. */
@Component
class RecordSuggestionStep extends TaskStep {

  private final TopicFiles topics;

  RecordSuggestionStep(TopicFiles topics) {
    super(
        SuggestionProcess.Element.RECORD_SUGGESTION,
        "SUG-01",
        onSheet(CO_SIGNERS, "Households co-signing"),
        onSheet(SUGGESTION_SUMMARY, "Suggestion"));
    this.topics = topics;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(SUGGESTION_SUMMARY, "The suggestion");
    topics.of(serviceCase.getId()).recordSuggestion(form.count(CO_SIGNERS, 1));
  }
}
