package com.residentdesk.reports;

import static com.residentdesk.casefile.ProcessVariable.id;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.ProcessVariable;

/**
 * The monthly evaluation (QA-01, QA-07, CMP-08; processes/reports/): on the 1st the timer of {@link
 * MonthlyEvaluationScheduleProcess} opens one {@code monthly-evaluation} per property (its tenant)
 * for the month just ended; the report is pre-filled with the month's figures and recurring
 * problems, the customer-service head writes the analysis by the 5th (the centre manager is told
 * when it is late), the centre manager approves, and the report is filed and kept two years
 * (QA-06). Business key {@code evaluation:<property>:<yyyy-MM>}.
 */
public final class MonthlyEvaluationProcess {

  public static final String KEY = "monthly-evaluation";

  public static final class Element {
    public static final String EVALUATION_OPENED = "StartEvent_EvaluationOpened";
    public static final String PREPARE_REPORT = "Task_PrepareMonthlyReport";
    public static final String WRITE_ANALYSIS = "Task_WriteMonthlyAnalysis";
    public static final String ANALYSIS_OVERDUE = "BoundaryEvent_AnalysisOverdue";
    public static final String RECORD_ESCALATION = "Task_RecordAnalysisEscalation";
    public static final String CHASE_STILL_OPEN = "Gateway_AnalysisChaseStillOpen";
    public static final String CHASE_REMINDED = "EndEvent_AnalysisChaseReminded";
    public static final String CHASE_ANALYSIS = "Task_ChaseMonthlyAnalysis";
    public static final String APPROVE_REPORT = "Task_ApproveMonthlyReport";
    public static final String FILE_REPORT = "Task_FileMonthlyReport";
    public static final String REPORT_FILED = "EndEvent_ReportFiled";

    private Element() {}
  }

  public static final class Var {
    /** The month evaluated, YYYY-MM. */
    public static final ProcessVariable<String> MONTH = string("evaluatedMonth");

    /** The {@link MonthlyEvaluation} record, once prepared. */
    public static final ProcessVariable<Long> EVALUATION_ID = id("evaluationId");

    /** The centre manager's decision: {@link #APPROVE} or {@link #REVISE}. */
    public static final ProcessVariable<String> DECISION = string("reportDecision");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> ANALYSIS = string("monthlyAnalysis");
    public static final ProcessVariable<String> PREVENTIVE_MEASURES = string("preventiveMeasures");
    public static final ProcessVariable<String> APPROVAL_NOTE = string("approvalNote");
    public static final ProcessVariable<String> CHASE_NOTE = string("chaseNote");

    private Field() {}
  }

  public static final String APPROVE = "approve";
  public static final String REVISE = "revise";

  public static String businessKey(String property, String month) {
    return "evaluation:" + property + ":" + month;
  }

  private MonthlyEvaluationProcess() {}
}
