package com.residentdesk.inquiry;

/**
 * The inquiry, challenge, suggestion and unified-answer processes: keys, element ids, variables.
 */
public final class TopicProcesses {

  public static final String INQUIRY = "inquiry-handling";
  public static final String CHALLENGE = "challenge-handling";
  public static final String SUGGESTION = "suggestion-handling";
  public static final String UNIFIED_ANSWER = "unified-answer";

  public static final class Element {
    public static final String ANSWER_INQUIRY = "Task_AnswerInquiry";
    public static final String REPLY_WHEN_CLARIFIED = "Task_ReplyWhenClarified";
    public static final String REGIONAL_RESEARCH = "Task_RegionalResearch";
    public static final String INQUIRY_CALLBACK = "Task_InquiryCallback";
    public static final String EXPLAIN_CHALLENGE = "Task_ExplainChallenge";
    public static final String DRAFT_CHALLENGE_REPLY = "Task_DraftChallengeReply";
    public static final String APPROVE_REPLY = "Task_ApproveReply";
    public static final String GIVE_CHALLENGE_REPLY = "Task_GiveChallengeReply";
    public static final String CHALLENGE_CALLBACK = "Task_ChallengeCallback";
    public static final String CALL_TO_THANK = "Task_CallToThank";
    public static final String RECORD_SUGGESTION = "Task_RecordSuggestion";
    public static final String DECIDE_SUGGESTION = "Task_DecideSuggestion";
    public static final String REPLY_BY_LETTER = "Task_ReplyByLetter";
    public static final String EMAIL_REPLY = "Task_EmailReply";
    public static final String REPLY_BY_PHONE_OR_VISIT = "Task_ReplyByPhoneOrVisit";
    public static final String IMPLEMENTATION_UPDATE = "Task_ImplementationUpdate";
    public static final String SUGGESTION_CALLBACK = "Task_SuggestionCallback";
    public static final String APPROVE_UNIFIED_ANSWER = "Task_ApproveUnifiedAnswer";

    private Element() {}
  }

  public static final class Var {
    public static final String INQUIRY_OUTCOME = "inquiryOutcome";
    public static final String CHALLENGE_OUTCOME = "challengeOutcome";
    public static final String CHALLENGE_SENSITIVE = "challengeSensitive";
    public static final String REPLY_APPROVED = "replyApproved";
    public static final String ADOPTED = "adopted";
    public static final String IMPLEMENTATION_DONE = "implementationDone";
    public static final String TOPIC = "topic";

    private Var() {}
  }

  private TopicProcesses() {}
}
