package com.residentdesk.inquiry;

import static com.residentdesk.casefile.ProcessVariable.flag;
import static com.residentdesk.casefile.ProcessVariable.integer;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code suggestion-handling} process (processes/inquiry/suggestion-handling.bpmn, SUG-01..05):
 * key, element ids, variables and form fields.
 */
public final class SuggestionProcess {

  public static final String KEY = "suggestion-handling";

  public static final class Element {
    public static final String THANK_RESIDENT = "Task_ThankResident";
    public static final String CALL_TO_THANK = "Task_CallToThank";
    public static final String RECORD_SUGGESTION = "Task_RecordSuggestion";
    public static final String DECIDE_SUGGESTION = "Task_DecideSuggestion";
    public static final String REPLY_BY_LETTER = "Task_ReplyByLetter";
    public static final String EMAIL_REPLY = "Task_EmailReply";
    public static final String REPLY_BY_PHONE_OR_VISIT = "Task_ReplyByPhoneOrVisit";
    public static final String IMPLEMENTATION_UPDATE = "Task_ImplementationUpdate";
    public static final String SUGGESTION_CALLBACK = "Task_SuggestionCallback";
    public static final String CLOSE_SUGGESTION = "Task_CloseSuggestion";
    public static final String SUGGESTION_DONE = "EndEvent_SuggestionDone";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;
    public static final ProcessVariable<Boolean> ADOPTED = flag("adopted");
    public static final ProcessVariable<Boolean> IMPLEMENTATION_DONE = flag("implementationDone");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> THANK_CALL_NOTE = string("thankCallNote");
    public static final ProcessVariable<Integer> CO_SIGNERS = integer("coSigners");
    public static final ProcessVariable<String> SUGGESTION_SUMMARY = string("suggestionSummary");
    public static final ProcessVariable<String> DECISION_REASONS = string("decisionReasons");
    public static final ProcessVariable<String> REPLY_NOTE = string("replyNote");
    public static final ProcessVariable<String> UPDATE = string("update");

    private Field() {}
  }

  private SuggestionProcess() {}
}
