package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.SuggestionProcess.Field.REPLY_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/** SUG-04: the decision goes back by letter, or by phone or visit (one form for both). */
@Component
class ReplyInPersonStep extends TaskStep {

  ReplyInPersonStep() {
    super(
        List.of(
            SuggestionProcess.Element.REPLY_BY_LETTER,
            SuggestionProcess.Element.REPLY_BY_PHONE_OR_VISIT),
        "SUG-04",
        onSheet(REPLY_NOTE, "Reply"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(REPLY_NOTE, "What was replied");
  }
}
