package com.residentdesk.complaint;

import static com.residentdesk.casefile.ProcessVariable.flag;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code complaint-handling} process (processes/complaint/complaint-handling.bpmn, CMP-01..09,
 * CB-03): key, element ids, variables and form fields.
 */
public final class ComplaintProcess {

  public static final String KEY = "complaint-handling";

  public static final class Element {
    public static final String COMPLAINT_RECEIVED = "StartEvent_ComplaintReceived";
    public static final String REGISTER_COMPLAINT = "Task_RegisterComplaint";
    public static final String OPEN_COMPLAINT = "Task_OpenComplaint";
    public static final String ACCEPT_COMPLAINT = "Task_AcceptComplaint";
    public static final String ACCEPTANCE_OVERDUE = "BoundaryEvent_AcceptanceOverdue";
    public static final String DECIDE_SEVERITY = "Task_DecideSeverity";
    public static final String RECORD_SEVERITY = "Task_RecordSeverity";
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
    public static final String ESCALATE_MISSED_DEADLINE = "CallActivity_EscalateMissedDeadline";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;
    public static final ProcessVariable<Integer> TASK_PRIORITY = CaseVariables.TASK_PRIORITY;
    public static final ProcessVariable<String> SEVERITY = string("severity");

    /** Comma-separated groups that handle the complaint, from the severity table (CMP-03). */
    public static final ProcessVariable<String> COMPLAINT_HANDLERS = string("complaintHandlers");

    public static final ProcessVariable<String> INVESTIGATOR = string("investigator");
    public static final ProcessVariable<Boolean> COMPLAINT_RESOLVED = flag("complaintResolved");
    public static final ProcessVariable<Boolean> APPEALED = flag("appealed");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<Boolean> IDENTITY_VERIFIED = flag("identityVerified");

    /** "true" or "false": the acceptance form asks it as a radio, never left unanswered. */
    public static final ProcessVariable<String> VALID = string("valid");

    public static final ProcessVariable<Boolean> REPEATED_REQUESTS_IGNORED =
        flag("repeatedRequestsIgnored");
    public static final ProcessVariable<Boolean> SERIOUS_LOSS_OR_INJURY =
        flag("seriousLossOrInjury");
    public static final ProcessVariable<Boolean> MANAGEMENT_OR_SERVICE_FAILURE =
        flag("managementOrServiceFailure");
    public static final ProcessVariable<String> COMPLAINT_SUMMARY = string("complaintSummary");

    /** Confidential (CMP-09): kept off the handling sheet and the engine's history. */
    public static final ProcessVariable<String> OTHER_PARTIES = string("otherParties");

    public static final ProcessVariable<String> INVALID_REASON = string("invalidReason");
    public static final ProcessVariable<String> EXPLANATION = string("explanation");
    public static final ProcessVariable<String> PLANNED_DATE = string("plannedDate");
    public static final ProcessVariable<Boolean> RESPOND_ENGINEERING = flag("respondEngineering");
    public static final ProcessVariable<Boolean> RESPOND_SECURITY = flag("respondSecurity");
    public static final ProcessVariable<Boolean> RESPOND_FRONT_DESK = flag("respondFrontDesk");
    public static final ProcessVariable<String> DEPARTMENT_RESPONSE = string("departmentResponse");
    public static final ProcessVariable<Boolean> PARTIES_NOTIFIED = flag("partiesNotified");
    public static final ProcessVariable<String> EVIDENCE = string("evidence");
    public static final ProcessVariable<String> CAUSE = string("cause");
    public static final ProcessVariable<String> PROPOSED_REMEDY = string("proposedRemedy");
    public static final ProcessVariable<String> MEASURES = string("measures");
    public static final ProcessVariable<String> MEASURES_DEADLINE = string("measuresDeadline");
    public static final ProcessVariable<String> DECISION_NOTE = string("decisionNote");
    public static final ProcessVariable<String> NOTICE_METHOD = string("noticeMethod");
    public static final ProcessVariable<String> EXECUTION_NOTE = string("executionNote");
    public static final ProcessVariable<String> CONFIRMATION_NOTE = string("confirmationNote");
    public static final ProcessVariable<String> APPEAL_TEXT = string("appealText");
    public static final ProcessVariable<Boolean> APPEAL_UPHELD = flag("appealUpheld");
    public static final ProcessVariable<String> APPEAL_OUTCOME = string("appealOutcome");
    public static final ProcessVariable<String> CALLBACK_METHOD = string("callbackMethod");
    public static final ProcessVariable<String> CALLBACK_NOTE = string("callbackNote");

    private Field() {}
  }

  private ComplaintProcess() {}
}
