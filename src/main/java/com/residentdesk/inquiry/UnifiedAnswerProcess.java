package com.residentdesk.inquiry;

import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code unified-answer} process (processes/inquiry/unified-answer.bpmn, CHA-04): key, element
 * ids, variables and form fields. Its business key is {@code topic:<topic>}.
 */
public final class UnifiedAnswerProcess {

  public static final String KEY = "unified-answer";

  public static final class Element {
    public static final String APPROVE_UNIFIED_ANSWER = "Task_ApproveUnifiedAnswer";
    public static final String PUBLISH_UNIFIED_ANSWER = "Task_PublishUnifiedAnswer";
    public static final String ANSWER_PUBLISHED = "EndEvent_AnswerPublished";

    private Element() {}
  }

  public static final class Var {
    /** The case whose topic asked for the answer. */
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;

    public static final ProcessVariable<String> TOPIC = string("topic");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> ANSWER_TEXT = string("answerText");

    private Field() {}
  }

  public static String businessKey(String topic) {
    return "topic:" + topic;
  }

  private UnifiedAnswerProcess() {}
}
