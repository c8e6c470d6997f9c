package com.residentdesk.survey;

import static com.residentdesk.casefile.ProcessVariable.id;
import static com.residentdesk.casefile.ProcessVariable.integer;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.ProcessVariable;

/**
 * A satisfaction survey campaign (QA-02..QA-05; processes/survey/, no case file, the property is
 * its tenant): customer service drafts the plan, the approval chain approves it in order (a refusal
 * sends it back to the draft), the questionnaires go out on the plan's first day, the collection
 * window closes, the results are counted and a campaign below the return rate is flagged, the
 * customer-service head writes the report with the common opinions, the centre manager reads it,
 * and every service below target gets a corrective action. Business key {@code survey:<id>}.
 */
public final class SatisfactionSurveyProcess {

  public static final String KEY = "satisfaction-survey";

  public static final class Element {
    public static final String PROPOSED = "StartEvent_SurveyProposed";
    public static final String DRAFT_PLAN = "Task_DraftSurveyPlan";
    public static final String APPROVE_PLAN = "Task_ApproveSurveyPlan";
    public static final String PLAN_APPROVED = "Gateway_PlanApproved";
    public static final String SURVEY_OPENS = "Timer_SurveyOpens";
    public static final String SEND_QUESTIONNAIRES = "Task_SendQuestionnaires";
    public static final String COLLECTION_ENDS = "Timer_CollectionEnds";
    public static final String COUNT_RESULTS = "Task_CountSurveyResults";
    public static final String REPORT_RESULTS = "Task_ReportSurveyResults";
    public static final String READ_REPORT = "Task_ReadSurveyReport";
    public static final String RAISE_CORRECTIONS = "Task_RaiseCorrectiveActions";
    public static final String SURVEY_DONE = "EndEvent_SurveyDone";

    private Element() {}
  }

  public static final class Var {
    /** The {@link SurveyCampaign}. */
    public static final ProcessVariable<Long> SURVEY_ID = id("surveyId");

    /** The approval chain's groups, in order (a list: the multi-instance collection). */
    public static final String APPROVAL_CHAIN = "surveyApprovalChain";

    /** The group approving now (the multi-instance element variable). */
    public static final ProcessVariable<String> APPROVER = string("surveyApprover");

    /** An approver's decision: {@link #APPROVE} or {@link #REJECT}. */
    public static final ProcessVariable<String> DECISION = string("planDecision");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> PURPOSE = string("surveyPurpose");
    public static final ProcessVariable<String> SERVICES = string("surveyServices");
    public static final ProcessVariable<String> TARGET_UNITS = string("targetUnits");
    public static final ProcessVariable<Integer> SAMPLE_PERCENT = integer("samplePercent");
    public static final ProcessVariable<String> OPENS_ON = string("opensOn");
    public static final ProcessVariable<Integer> WINDOW_DAYS = integer("windowDays");
    public static final ProcessVariable<String> STAFF = string("surveyStaff");
    public static final ProcessVariable<String> PLAN_NOTE = string("planNote");
    public static final ProcessVariable<String> COMMON_OPINIONS = string("commonOpinions");
    public static final ProcessVariable<String> REPORT = string("surveyReport");
    public static final ProcessVariable<String> READ_NOTE = string("readNote");

    private Field() {}
  }

  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";

  public static String businessKey(long surveyId) {
    return "survey:" + surveyId;
  }

  private SatisfactionSurveyProcess() {}
}
