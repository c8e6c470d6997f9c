package com.residentdesk.inquiry;

import static com.residentdesk.casefile.Steps.fields;
import static com.residentdesk.casefile.Steps.step;
import static com.residentdesk.inquiry.TopicProcesses.Element.*;

import com.residentdesk.answers.UnifiedAnswer;
import com.residentdesk.answers.UnifiedAnswers;
import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What completing each task of the inquiry, challenge, suggestion and unified-answer processes
 * checks and records.
 */
@Configuration
class TopicSteps {

  private static final List<String> CALLBACK_METHODS = List.of("phone", "visit");

  /** CHA-04: the reply records which version of the topic's unified answer was in force. */
  private static void recordAnswerUsed(TopicFiles topics, ServiceCase c) {
    topics
        .approvedAnswer(c.getId())
        .map(UnifiedAnswer::getId)
        .ifPresent(topics.of(c.getId())::usedAnswer);
  }

  // ---- inquiries -------------------------------------------------------------------------------

  /**
   * INQ-01/INQ-02: answered at once, replied once clarified, out of scope, or referred (INQ-03).
   */
  @Bean
  TaskStep answerInquiryStep(TopicFiles topics) {
    return step(
        ANSWER_INQUIRY,
        "INQ-01",
        fields(
            "answer",
            "Answer",
            "otherChannelOffered",
            "Other channel offered (INQ-02)",
            "askedOnBehalf",
            "Asked on the resident's behalf (INQ-02)"),
        (task, c) -> {
          String outcome =
              TaskStep.oneOf(
                  task,
                  TopicProcesses.Var.INQUIRY_OUTCOME,
                  "How the inquiry was handled",
                  List.of("answered", "reply-later", "out-of-scope", "refer"));
          if ("answered".equals(outcome)) {
            TaskStep.required(task, "answer", "answer: the answer given");
          }
          if ("out-of-scope".equals(outcome)) {
            TaskStep.required(
                task,
                "otherChannelOffered",
                "otherChannelOffered: the channel offered to the resident (INQ-02)");
          }
          recordAnswerUsed(topics, c);
        });
  }

  @Bean
  TaskStep replyWhenClarifiedStep() {
    return step(
        REPLY_WHEN_CLARIFIED,
        "INQ-01",
        fields("reply", "Reply"),
        (task, c) -> TaskStep.required(task, "reply", "The reply"));
  }

  /** INQ-03: the regional manager finds out (asking departments or outside bodies) and replies. */
  @Bean
  TaskStep regionalResearchStep(TopicFiles topics) {
    return step(
        REGIONAL_RESEARCH,
        "INQ-03",
        fields("askedDepartment", "Asked", "researchNotes", "Research", "reply", "Reply"),
        (task, c) -> {
          TaskStep.required(task, "reply", "The reply");
          recordAnswerUsed(topics, c);
        });
  }

  private static TaskStep callback(String taskKey) {
    return step(
        taskKey,
        "CB-01",
        fields(
            "callbackMethod",
            "Callback by",
            "callbackSatisfied",
            "Resident satisfied",
            "callbackNote",
            "Callback"),
        (task, c) -> {
          TaskStep.oneOf(task, "callbackMethod", "The callback method", CALLBACK_METHODS);
          TaskStep.required(task, "callbackNote", "What the resident said");
        });
  }

  @Bean
  TaskStep inquiryCallbackStep() {
    return callback(INQUIRY_CALLBACK);
  }

  @Bean
  TaskStep challengeCallbackStep() {
    return callback(CHALLENGE_CALLBACK);
  }

  @Bean
  TaskStep suggestionCallbackStep() {
    return callback(SUGGESTION_CALLBACK);
  }

  // ---- challenges ------------------------------------------------------------------------------

  /**
   * CHA-01/CHA-03: the desk explains. An important or sensitive challenge may be settled at the
   * desk only with the approved unified answer; otherwise its reply needs the head's approval.
   */
  @Bean
  TaskStep explainChallengeStep(TopicFiles topics) {
    return step(
        EXPLAIN_CHALLENGE,
        "CHA-01",
        fields("explanation", "Explanation", "sensitive", "Important or sensitive (CHA-03)"),
        (task, c) -> {
          String outcome =
              TaskStep.oneOf(
                  task,
                  TopicProcesses.Var.CHALLENGE_OUTCOME,
                  "Whether the resident is satisfied",
                  List.of("resolved", "refer"));
          TaskStep.required(task, "explanation", "The explanation given");
          TopicCase topicCase = topics.of(c.getId());
          if (TaskStep.flag(task, "sensitive")) {
            topicCase.markSensitive();
          }
          boolean approvedAnswer = topics.approvedAnswer(c.getId()).isPresent();
          if (topicCase.isSensitive() && "resolved".equals(outcome) && !approvedAnswer) {
            throw new InvalidEntryException(
                "challengeOutcome",
                "challengeOutcome: a sensitive challenge is answered only with an approved reply; refer it (CHA-03)");
          }
          task.setVariable(TopicProcesses.Var.CHALLENGE_SENSITIVE, topicCase.isSensitive());
          recordAnswerUsed(topics, c);
        });
  }

  /** CHA-02: the regional manager drafts the reply (a new draft after comments). */
  @Bean
  TaskStep draftChallengeReplyStep(TopicFiles topics) {
    return step(
        DRAFT_CHALLENGE_REPLY,
        "CHA-02",
        fields("draftReply", "Draft reply"),
        (task, c) ->
            topics.of(c.getId()).draft(TaskStep.required(task, "draftReply", "The draft reply")));
  }

  /**
   * CHA-03: the customer-service head approves the reply before it is given, or returns it with
   * comments.
   */
  @Bean
  TaskStep approveReplyStep(TopicFiles topics, CurrentActor actor, DeskClock clock) {
    return step(
        APPROVE_REPLY,
        "CHA-03",
        fields("approvalComments", "Comments when returned"),
        (task, c) -> {
          boolean approved = TaskStep.flag(task, TopicProcesses.Var.REPLY_APPROVED);
          if (!approved) {
            TaskStep.required(
                task,
                "approvalComments",
                "approvalComments: say what to change when returning the reply");
          } else {
            topics.of(c.getId()).approve(actor.id(), clock.now());
          }
          task.setVariable(TopicProcesses.Var.REPLY_APPROVED, approved);
        });
  }

  /** CHA-02/CHA-03: the reply (approved where needed) is given; by e-mail through the outbox. */
  @Bean
  TaskStep giveChallengeReplyStep(TopicFiles topics, ResidentMail mail) {
    return step(
        GIVE_CHALLENGE_REPLY,
        "CHA-02",
        fields("replyMethod", "Replied by", "replyNote", "Note"),
        (task, c) -> {
          String method =
              TaskStep.oneOf(
                  task,
                  "replyMethod",
                  "How the reply is given",
                  List.of("email", "letter", "phone", "visit"));
          TopicCase topicCase = topics.of(c.getId());
          if (topicCase.isSensitive() && topicCase.getApprovedBy() == null) {
            throw new IllegalStateException(
                "A sensitive reply reached the resident without approval (CHA-03)");
          }
          if ("email".equals(method)
              && !mail.send(
                  c,
                  MessagePurpose.TOPIC_REPLY,
                  "challengeReply",
                  "challenge-reply",
                  topicCase.getDraftReply())) {
            throw new InvalidEntryException(
                "replyMethod", "replyMethod: the resident has no e-mail address on file");
          }
        });
  }

  // ---- suggestions -----------------------------------------------------------------------------

  /** SUG-02: the resident is called to be thanked. */
  @Bean
  TaskStep callToThankStep(Deadlines deadlines) {
    return step(
        CALL_TO_THANK,
        "SUG-02",
        fields("thankCallNote", "Thank-you call"),
        (task, c) -> {
          TaskStep.required(task, "thankCallNote", "The thank-you call");
          deadlines.meet(c.getId(), Rules.SUG_02);
        });
  }

  /** SUG-01/SUG-03: the suggestion on the handling sheet, with how many households co-signed it. */
  @Bean
  TaskStep recordSuggestionStep(TopicFiles topics) {
    return step(
        RECORD_SUGGESTION,
        "SUG-01",
        fields("coSigners", "Households co-signing", "suggestionSummary", "Suggestion"),
        (task, c) -> {
          TaskStep.required(task, "suggestionSummary", "The suggestion");
          Object value = task.getVariable("coSigners");
          int coSigners;
          try {
            coSigners =
                value == null || value.toString().isBlank()
                    ? 1
                    : (int) Double.parseDouble(value.toString());
          } catch (NumberFormatException e) {
            throw new InvalidEntryException("coSigners", "coSigners must be a number");
          }
          if (coSigners < 1) {
            throw new InvalidEntryException("coSigners", "coSigners must be at least 1");
          }
          topics.of(c.getId()).recordSuggestion(coSigners);
        });
  }

  /** SUG-03: adopted or not, with the reasons. */
  @Bean
  TaskStep decideSuggestionStep(TopicFiles topics) {
    return step(
        DECIDE_SUGGESTION,
        "SUG-03",
        fields("decisionReasons", "Reasons"),
        (task, c) -> {
          boolean adopted = TaskStep.flag(task, TopicProcesses.Var.ADOPTED);
          task.setVariable(TopicProcesses.Var.ADOPTED, adopted);
          topics
              .of(c.getId())
              .decide(adopted, TaskStep.required(task, "decisionReasons", "The reasons"));
        });
  }

  private static TaskStep replyInPerson(String taskKey) {
    return step(
        taskKey,
        "SUG-04",
        fields("replyNote", "Reply"),
        (task, c) -> TaskStep.required(task, "replyNote", "What was replied"));
  }

  @Bean
  TaskStep replyByLetterStep() {
    return replyInPerson(REPLY_BY_LETTER);
  }

  @Bean
  TaskStep replyByPhoneOrVisitStep() {
    return replyInPerson(REPLY_BY_PHONE_OR_VISIT);
  }

  /** SUG-04: an adopted suggestion's resident hears how implementation goes, until it is done. */
  @Bean
  TaskStep implementationUpdateStep(ResidentMail mail, Suggestions suggestions) {
    return step(
        IMPLEMENTATION_UPDATE,
        "SUG-04",
        fields("update", "Implementation update"),
        (task, c) -> {
          String update = TaskStep.required(task, "update", "The update");
          task.setVariable(
              TopicProcesses.Var.IMPLEMENTATION_DONE,
              TaskStep.flag(task, TopicProcesses.Var.IMPLEMENTATION_DONE));
          if ("email".equals(suggestions.replyChannel(c.getId()))) {
            mail.send(
                c,
                MessagePurpose.TOPIC_REPLY,
                "implementationUpdate",
                "implementation-update-" + task.getId(),
                update);
          }
        });
  }

  // ---- unified answers -------------------------------------------------------------------------

  /** CHA-04: the customer-service head approves the unified answer; it is published at once. */
  @Bean
  TaskStep approveUnifiedAnswerStep(UnifiedAnswers answers, CurrentActor actor) {
    return step(
        APPROVE_UNIFIED_ANSWER,
        "CHA-04",
        fields("answerText", "Unified answer"),
        (task, c) ->
            answers.publish(
                (String) task.getVariable(TopicProcesses.Var.TOPIC),
                TaskStep.required(task, "answerText", "The unified answer"),
                actor.id()));
  }
}
