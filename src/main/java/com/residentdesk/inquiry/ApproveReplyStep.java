package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.ChallengeProcess.Field.APPROVAL_COMMENTS;
import static com.residentdesk.inquiry.ChallengeProcess.Var.REPLY_APPROVED;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import org.springframework.stereotype.Component;

/**
 * CHA-03: the customer-service head approves the reply before it is given, or returns it with
 * comments.
 */
@Component
class ApproveReplyStep extends TaskStep {

  private final TopicFiles topics;
  private final CurrentActor actor;
  private final DeskClock clock;

  ApproveReplyStep(TopicFiles topics, CurrentActor actor, DeskClock clock) {
    super(
        ChallengeProcess.Element.APPROVE_REPLY,
        "CHA-03",
        outcome(REPLY_APPROVED),
        onSheet(APPROVAL_COMMENTS, "Comments when returned"));
    this.topics = topics;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    boolean approved = form.flag(REPLY_APPROVED);
    if (!approved) {
      form.required(
          APPROVAL_COMMENTS, "approvalComments: say what to change when returning the reply");
    } else {
      topics.of(serviceCase.getId()).approve(actor.id(), clock.now());
    }
    form.set(REPLY_APPROVED, approved);
  }
}
