package com.residentdesk.intake;

/**
 * The {@code resident-request} process in Java: its key, the BPMN element ids the code and tests
 * refer to, and the names of its variables. Variables are read and written only through these.
 */
public final class ResidentRequestProcess {

  public static final String KEY = "resident-request";

  /** BPMN element ids of processes/intake/resident-request.bpmn. */
  public static final class Element {
    public static final String START = "StartEvent_RequestReceived";
    public static final String REGISTER_CASE = "Task_RegisterCase";
    public static final String ACKNOWLEDGE_RECEIPT = "Task_AcknowledgeReceipt";
    public static final String TRIAGE = "Task_Triage";
    public static final String RECORD_TRIAGE = "Task_RecordTriage";
    public static final String FRONT_DESK_REVIEW = "Task_FrontDeskReview";
    public static final String CONTROL_CENTRE_REVIEW = "Task_ControlCentreReview";
    public static final String EMERGENCY_RESPONSE = "CallActivity_EmergencyResponse";
    public static final String COMPLAINT_HANDLING = "CallActivity_ComplaintHandling";
    public static final String CONSULT_SUPERVISOR = "Task_ConsultSupervisor";
    public static final String ASSIGN_HANDLER = "Task_AssignHandler";
    public static final String HANDLE_ON_SITE = "Task_HandleOnSite";
    public static final String CONFIRM_WITH_RESIDENT = "Task_ConfirmWithResident";
    public static final String RECORD_REWORK = "Task_RecordRework";
    public static final String SEND_WRITTEN_FEEDBACK = "Task_SendWrittenFeedback";
    public static final String TRIAL_RUN_OVER = "Event_TrialRunOver";
    public static final String CALLBACK = "Task_Callback";
    public static final String FOLLOW_UP = "Task_FollowUp";
    public static final String MANAGER_REVIEW = "Task_ManagerReview";
    public static final String ARCHIVE_CASE = "Task_ArchiveCase";
    public static final String CASE_ARCHIVED = "EndEvent_CaseArchived";
    public static final String ACKNOWLEDGEMENT_DUE = "StartEvent_AcknowledgementDue";
    public static final String CHECK_ACKNOWLEDGEMENT = "Task_CheckAcknowledgement";
    public static final String SUPERVISOR_REPLY_OVERDUE = "BoundaryEvent_SupervisorReplyOverdue";
    public static final String DISPATCH_OVERDUE = "BoundaryEvent_DispatchOverdue";
    public static final String RESOLUTION_OVERDUE = "BoundaryEvent_ResolutionOverdue";
    public static final String WRITTEN_FEEDBACK_OVERDUE = "BoundaryEvent_WrittenFeedbackOverdue";
    public static final String RECORD_BREACH = "Task_RecordBreach";
    public static final String HANDLE_ESCALATION = "Task_HandleEscalation";

    private Element() {}
  }

  /** Process variables: ids, routing flags and outcomes only. */
  public static final class Var {
    public static final String CASE_ID = "caseId";
    public static final String PRIORITY = "priority";
    public static final String TASK_PRIORITY = "taskPriority";
    public static final String HANDLING_GROUP = "handlingGroup";
    public static final String EMERGENCY = "emergency";
    public static final String TRIAL_RUN = "trialRun";
    public static final String DISPATCH_WITHIN = "dispatchWithin";
    public static final String RESOLVE_WITHIN = "resolveWithin";
    public static final String INTAKE_ROUTE = "intakeRoute";
    public static final String DISPATCHER = "dispatcher";
    public static final String CONTROL_CENTRE_OUTCOME = "controlCentreOutcome";
    public static final String DESK_OUTCOME = "deskOutcome";
    public static final String SUPERVISOR_OUTCOME = "supervisorOutcome";
    public static final String HANDLER = "handler";
    public static final String FIXED = "fixed";
    public static final String RESIDENT_SATISFIED = "residentSatisfied";
    public static final String CALLBACK_SATISFIED = "callbackSatisfied";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String MISSED_RULE = "missedRule";
    public static final String ESCALATION_GROUP = "escalationGroup";

    private Var() {}
  }

  private ResidentRequestProcess() {}
}
