package com.residentdesk.complaint;

/** The {@code complaint-handling} process: key, element ids and variables (CMP-01..09, CB-03). */
public final class ComplaintProcess {

  public static final String KEY = "complaint-handling";

  public static final class Element {
    public static final String ACCEPT_COMPLAINT = "Task_AcceptComplaint";
    public static final String ACCEPTANCE_OVERDUE = "BoundaryEvent_AcceptanceOverdue";
    public static final String DECIDE_SEVERITY = "Task_DecideSeverity";
    public static final String EXPLAIN_INVALID = "Task_ExplainInvalid";
    public static final String HANDLE_COMPLAINT = "SubProcess_HandleComplaint";
    public static final String OPEN_ONE_MONTH = "BoundaryEvent_OpenOneMonth";
    public static final String RECLASSIFY_AS_MAJOR = "Task_ReclassifyAsMajor";
    public static final String ASSIGN_INVESTIGATION = "Task_AssignInvestigation";
    public static final String DEPARTMENT_RESPONSE = "Task_DepartmentResponse";
    public static final String INVESTIGATE = "Task_Investigate";
    public static final String DECIDE_MEASURES = "Task_DecideMeasures";
    public static final String INFORM_DECISION = "Task_InformDecision";
    public static final String EXECUTE_MEASURES = "Task_ExecuteMeasures";
    public static final String EXECUTION_OVERDUE = "BoundaryEvent_ExecutionOverdue";
    public static final String CONFIRM_RESOLUTION = "Task_ConfirmResolution";
    public static final String AWAIT_APPEAL = "Task_AwaitAppeal";
    public static final String APPEAL_WINDOW_CLOSED = "BoundaryEvent_AppealWindowClosed";
    public static final String REVIEW_APPEAL = "Task_ReviewAppeal";
    public static final String INFORM_APPEAL_OUTCOME = "Task_InformAppealOutcome";
    public static final String COMPLAINT_CALLBACK = "Task_ComplaintCallback";
    public static final String ARCHIVE_COMPLAINT = "Task_ArchiveComplaint";
    public static final String COMPLAINT_ARCHIVED = "EndEvent_ComplaintArchived";

    private Element() {}
  }

  public static final class Var {
    public static final String SEVERITY = "severity";
    public static final String COMPLAINT_HANDLERS = "complaintHandlers";
    public static final String INVESTIGATOR = "investigator";
    public static final String COMPLAINT_RESOLVED = "complaintResolved";
    public static final String APPEALED = "appealed";

    private Var() {}
  }

  private ComplaintProcess() {}
}
