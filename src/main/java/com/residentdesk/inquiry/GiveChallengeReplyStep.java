package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.ChallengeProcess.Field.REPLY_METHOD;
import static com.residentdesk.inquiry.ChallengeProcess.Field.REPLY_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import com.residentdesk.system.InvalidEntryException;
import java.util.List;
import org.springframework.stereotype.Component;

/** CHA-02/CHA-03: the reply (approved where needed) is given; by e-mail through the outbox. */
@Component
class GiveChallengeReplyStep extends TaskStep {

  private final TopicFiles topics;
  private final ResidentMail mail;

  GiveChallengeReplyStep(TopicFiles topics, ResidentMail mail) {
    super(
        ChallengeProcess.Element.GIVE_CHALLENGE_REPLY,
        "CHA-02",
        onSheet(REPLY_METHOD, "Replied by"),
        onSheet(REPLY_NOTE, "Note"));
    this.topics = topics;
    this.mail = mail;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String method =
        form.oneOf(
            REPLY_METHOD, "How the reply is given", List.of("email", "letter", "phone", "visit"));
    TopicCase topicCase = topics.of(serviceCase.getId());
    if (topicCase.isSensitive() && topicCase.getApprovedBy() == null) {
      throw new IllegalStateException(
          "A sensitive reply reached the resident without approval (CHA-03)");
    }
    if ("email".equals(method)
        && !mail.send(
            serviceCase,
            MessagePurpose.TOPIC_REPLY,
            "challengeReply",
            "challenge-reply",
            topicCase.getDraftReply())) {
      throw new InvalidEntryException(
          REPLY_METHOD.name(),
          "住户没有登记电子邮箱：请选择其他答复方式 / replyMethod: the resident has no e-mail address on file");
    }
  }
}
