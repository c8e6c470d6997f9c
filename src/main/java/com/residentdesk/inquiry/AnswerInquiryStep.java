package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.InquiryProcess.Field.ANSWER;
import static com.residentdesk.inquiry.InquiryProcess.Field.ASKED_ON_BEHALF;
import static com.residentdesk.inquiry.InquiryProcess.Field.OTHER_CHANNEL_OFFERED;
import static com.residentdesk.inquiry.InquiryProcess.Var.INQUIRY_OUTCOME;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/** INQ-01/INQ-02: answered at once, replied once clarified, out of scope, or referred (INQ-03). */
@Component
class AnswerInquiryStep extends TaskStep {

  private final TopicFiles topics;

  AnswerInquiryStep(TopicFiles topics) {
    super(
        InquiryProcess.Element.ANSWER_INQUIRY,
        "INQ-01",
        outcome(INQUIRY_OUTCOME),
        onSheet(ANSWER, "Answer"),
        onSheet(OTHER_CHANNEL_OFFERED, "Other channel offered (INQ-02)"),
        onSheet(ASKED_ON_BEHALF, "Asked on the resident's behalf (INQ-02)"));
    this.topics = topics;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String outcome =
        form.oneOf(
            INQUIRY_OUTCOME,
            "How the inquiry was handled",
            List.of("answered", "reply-later", "out-of-scope", "refer"));
    if ("answered".equals(outcome)) {
      form.required(ANSWER, "answer: the answer given");
    }
    if ("out-of-scope".equals(outcome)) {
      form.required(
          OTHER_CHANNEL_OFFERED, "otherChannelOffered: the channel offered to the resident");
    }
    topics.recordAnswerUsed(serviceCase.getId());
  }
}
