package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.InquiryProcess.Field.REPLY;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** INQ-01: what could not be answered at once is replied once it is clarified. */
@Component
class ReplyWhenClarifiedStep extends TaskStep {

  ReplyWhenClarifiedStep() {
    super(InquiryProcess.Element.REPLY_WHEN_CLARIFIED, "INQ-01", onSheet(REPLY, "Reply"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(REPLY, "The reply");
  }
}
