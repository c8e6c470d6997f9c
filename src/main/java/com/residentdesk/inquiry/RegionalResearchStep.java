package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.InquiryProcess.Field.ASKED_DEPARTMENT;
import static com.residentdesk.inquiry.InquiryProcess.Field.REPLY;
import static com.residentdesk.inquiry.InquiryProcess.Field.RESEARCH_NOTES;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** INQ-03: the regional manager finds out (asking departments or outside bodies) and replies. */
@Component
class RegionalResearchStep extends TaskStep {

  private final TopicFiles topics;

  RegionalResearchStep(TopicFiles topics) {
    super(
        InquiryProcess.Element.REGIONAL_RESEARCH,
        "INQ-03",
        onSheet(ASKED_DEPARTMENT, "Asked"),
        onSheet(RESEARCH_NOTES, "Research"),
        onSheet(REPLY, "Reply"));
    this.topics = topics;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(REPLY, "The reply");
    topics.recordAnswerUsed(serviceCase.getId());
  }
}
