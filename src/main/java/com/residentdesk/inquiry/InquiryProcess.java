package com.residentdesk.inquiry;

import static com.residentdesk.casefile.ProcessVariable.flag;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code inquiry-handling} process (processes/inquiry/inquiry-handling.bpmn, INQ-01..03,
 * CB-01): key, element ids, variables and form fields. The callback form is shared by the three
 * topic processes; its fields are named here.
 */
public final class InquiryProcess {

  public static final String KEY = "inquiry-handling";

  public static final class Element {
    public static final String OPEN_INQUIRY = "Task_OpenInquiry";
    public static final String ANSWER_INQUIRY = "Task_AnswerInquiry";
    public static final String REPLY_WHEN_CLARIFIED = "Task_ReplyWhenClarified";
    public static final String REGIONAL_RESEARCH = "Task_RegionalResearch";
    public static final String INQUIRY_CALLBACK = "Task_InquiryCallback";
    public static final String CLOSE_INQUIRY = "Task_CloseInquiry";
    public static final String INQUIRY_DONE = "EndEvent_InquiryDone";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;
    public static final ProcessVariable<String> INQUIRY_OUTCOME = string("inquiryOutcome");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> ANSWER = string("answer");
    public static final ProcessVariable<String> OTHER_CHANNEL_OFFERED =
        string("otherChannelOffered");
    public static final ProcessVariable<Boolean> ASKED_ON_BEHALF = flag("askedOnBehalf");
    public static final ProcessVariable<String> REPLY = string("reply");
    public static final ProcessVariable<String> ASKED_DEPARTMENT = string("askedDepartment");
    public static final ProcessVariable<String> RESEARCH_NOTES = string("researchNotes");

    // the callback form (topic-callback) of inquiries, challenges and suggestions
    public static final ProcessVariable<String> CALLBACK_METHOD = string("callbackMethod");
    public static final ProcessVariable<Boolean> CALLBACK_SATISFIED = flag("callbackSatisfied");
    public static final ProcessVariable<String> CALLBACK_NOTE = string("callbackNote");

    private Field() {}
  }

  private InquiryProcess() {}
}
