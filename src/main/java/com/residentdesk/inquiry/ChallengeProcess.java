package com.residentdesk.inquiry;

import static com.residentdesk.casefile.ProcessVariable.flag;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code challenge-handling} process (processes/inquiry/challenge-handling.bpmn, CHA-01..04):
 * key, element ids, variables and form fields.
 */
public final class ChallengeProcess {

  public static final String KEY = "challenge-handling";

  public static final class Element {
    public static final String OPEN_CHALLENGE = "Task_OpenChallenge";
    public static final String EXPLAIN_CHALLENGE = "Task_ExplainChallenge";
    public static final String DRAFT_CHALLENGE_REPLY = "Task_DraftChallengeReply";
    public static final String APPROVE_REPLY = "Task_ApproveReply";
    public static final String GIVE_CHALLENGE_REPLY = "Task_GiveChallengeReply";
    public static final String CHALLENGE_CALLBACK = "Task_ChallengeCallback";
    public static final String CLOSE_CHALLENGE = "Task_CloseChallenge";
    public static final String CHALLENGE_DONE = "EndEvent_ChallengeDone";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;
    public static final ProcessVariable<String> CHALLENGE_OUTCOME = string("challengeOutcome");

    /** Important or sensitive (CHA-03): the reply needs the customer-service head's approval. */
    public static final ProcessVariable<Boolean> CHALLENGE_SENSITIVE = flag("challengeSensitive");

    public static final ProcessVariable<Boolean> REPLY_APPROVED = flag("replyApproved");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> EXPLANATION = string("explanation");
    public static final ProcessVariable<Boolean> SENSITIVE = flag("sensitive");
    public static final ProcessVariable<String> DRAFT_REPLY = string("draftReply");
    public static final ProcessVariable<String> APPROVAL_COMMENTS = string("approvalComments");
    public static final ProcessVariable<String> REPLY_METHOD = string("replyMethod");
    public static final ProcessVariable<String> REPLY_NOTE = string("replyNote");

    private Field() {}
  }

  private ChallengeProcess() {}
}
