package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.InquiryProcess.Field.CALLBACK_METHOD;
import static com.residentdesk.inquiry.InquiryProcess.Field.CALLBACK_NOTE;
import static com.residentdesk.inquiry.InquiryProcess.Field.CALLBACK_SATISFIED;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/** CB-01: the callback that closes an inquiry, a challenge or a suggestion (one form for all). */
@Component
class TopicCallbackStep extends TaskStep {

  TopicCallbackStep() {
    super(
        List.of(
            InquiryProcess.Element.INQUIRY_CALLBACK,
            ChallengeProcess.Element.CHALLENGE_CALLBACK,
            SuggestionProcess.Element.SUGGESTION_CALLBACK),
        "CB-01",
        onSheet(CALLBACK_METHOD, "Callback by"),
        onSheet(CALLBACK_SATISFIED, "Resident satisfied"),
        onSheet(CALLBACK_NOTE, "Callback"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.oneOf(CALLBACK_METHOD, "The callback method", List.of("phone", "visit"));
    form.required(CALLBACK_NOTE, "What the resident said");
  }
}
