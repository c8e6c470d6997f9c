package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.ChallengeProcess.Field.DRAFT_REPLY;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** CHA-02: the regional manager drafts the reply (a new draft after comments). */
@Component
class DraftChallengeReplyStep extends TaskStep {

  private final TopicFiles topics;

  DraftChallengeReplyStep(TopicFiles topics) {
    super(
        ChallengeProcess.Element.DRAFT_CHALLENGE_REPLY,
        "CHA-02",
        onSheet(DRAFT_REPLY, "Draft reply"));
    this.topics = topics;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    topics.of(serviceCase.getId()).draft(form.required(DRAFT_REPLY, "The draft reply"));
  }
}
