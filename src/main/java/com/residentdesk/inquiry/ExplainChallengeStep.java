package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.ChallengeProcess.Field.EXPLANATION;
import static com.residentdesk.inquiry.ChallengeProcess.Field.SENSITIVE;
import static com.residentdesk.inquiry.ChallengeProcess.Var.CHALLENGE_OUTCOME;
import static com.residentdesk.inquiry.ChallengeProcess.Var.CHALLENGE_SENSITIVE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.InvalidEntryException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * CHA-01/CHA-03: the desk explains. An important or sensitive challenge may be settled at the desk
 * only with the approved unified answer; otherwise its reply needs the head's approval.
 */
@Component
class ExplainChallengeStep extends TaskStep {

  private final TopicFiles topics;

  ExplainChallengeStep(TopicFiles topics) {
    super(
        ChallengeProcess.Element.EXPLAIN_CHALLENGE,
        "CHA-01",
        outcome(CHALLENGE_OUTCOME),
        onSheet(EXPLANATION, "Explanation"),
        onSheet(SENSITIVE, "Important or sensitive (CHA-03)"));
    this.topics = topics;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String outcome =
        form.oneOf(
            CHALLENGE_OUTCOME, "Whether the resident is satisfied", List.of("resolved", "refer"));
    form.required(EXPLANATION, "The explanation given");
    TopicCase topicCase = topics.of(serviceCase.getId());
    if (form.flag(SENSITIVE)) {
      topicCase.markSensitive();
    }
    boolean approvedAnswer = topics.approvedAnswer(serviceCase.getId()).isPresent();
    if (topicCase.isSensitive() && "resolved".equals(outcome) && !approvedAnswer) {
      throw new InvalidEntryException(
          CHALLENGE_OUTCOME.name(),
          "敏感的异议只能用审批过的答复答复住户：请选择转区域经理 / challengeOutcome: a sensitive challenge is answered only with an approved reply; refer it");
    }
    form.set(CHALLENGE_SENSITIVE, topicCase.isSensitive());
    topics.recordAnswerUsed(serviceCase.getId());
  }
}
