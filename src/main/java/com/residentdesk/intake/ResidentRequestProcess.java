package com.residentdesk.intake;

import static com.residentdesk.casefile.ProcessVariable.flag;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;
import java.util.List;

/**
 * The {@code resident-request} process (processes/intake/resident-request.bpmn) in Java: its key,
 * the ids of the elements code and tests refer to, its process variables and the fields of its
 * forms. Variables and form entries are read and written only through these constants.
 */
public final class ResidentRequestProcess {

  public static final String KEY = "resident-request";

  /** BPMN element ids. */
  public static final class Element {
    public static final String START = "StartEvent_RequestReceived";
    public static final String REGISTER_CASE = "Task_RegisterCase";
    public static final String ACKNOWLEDGE_RECEIPT = "Task_AcknowledgeReceipt";
    public static final String TRIAGE = "Task_Triage";
    public static final String RECORD_TRIAGE = "Task_RecordTriage";
    public static final String INTAKE_ROUTE_GATEWAY = "Gateway_IntakeRoute";
    public static final String FRONT_DESK_REVIEW = "Task_FrontDeskReview";
    public static final String CONTROL_CENTRE_REVIEW = "Task_ControlCentreReview";
    public static final String EMERGENCY_RESPONSE = "CallActivity_EmergencyResponse";
    public static final String COMPLAINT_HANDLING = "CallActivity_ComplaintHandling";
    public static final String INQUIRY_HANDLING = "CallActivity_InquiryHandling";
    public static final String CHALLENGE_HANDLING = "CallActivity_ChallengeHandling";
    public static final String SUGGESTION_HANDLING = "CallActivity_SuggestionHandling";
    public static final String CONSULT_SUPERVISOR = "Task_ConsultSupervisor";
    public static final String ASSIGN_HANDLER = "Task_AssignHandler";
    public static final String HANDLE_ON_SITE = "Task_HandleOnSite";
    public static final String IS_BIG_PROBLEM = "Gateway_IsBigProblem";
    public static final String RESPOND_WITH_PLAN = "Task_RespondWithPlan";
    public static final String FIX_AS_PLANNED = "Task_FixAsPlanned";
    public static final String RESPONSE_OVERDUE = "BoundaryEvent_ResponseOverdue";
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
    public static final String DEADLINE_MISSED = "StartEvent_DeadlineMissed";
    public static final String ESCALATE_MISSED_DEADLINE = "CallActivity_EscalateMissedDeadline";

    private Element() {}
  }

  /** Process variables: ids, routing flags and outcomes only. */
  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;
    public static final ProcessVariable<Integer> TASK_PRIORITY = CaseVariables.TASK_PRIORITY;
    public static final ProcessVariable<String> HANDLING_GROUP = CaseVariables.HANDLING_GROUP;
    public static final ProcessVariable<String> PRIORITY = string("priority");
    public static final ProcessVariable<Boolean> EMERGENCY = flag("emergency");
    public static final ProcessVariable<Boolean> TRIAL_RUN = flag("trialRun");

    /** The table's deadline amounts, moved to the case by Task_RecordTriage. */
    public static final ProcessVariable<String> DISPATCH_WITHIN = string("dispatchWithin");

    public static final ProcessVariable<String> RESOLVE_WITHIN = string("resolveWithin");
    public static final ProcessVariable<String> INTAKE_ROUTE = string("intakeRoute");
    public static final ProcessVariable<String> DISPATCHER = string("dispatcher");
    public static final ProcessVariable<String> CONTROL_CENTRE_OUTCOME =
        string("controlCentreOutcome");
    public static final ProcessVariable<String> DESK_OUTCOME = string("deskOutcome");
    public static final ProcessVariable<String> SUPERVISOR_OUTCOME = string("supervisorOutcome");
    public static final ProcessVariable<String> HANDLER = string("handler");
    public static final ProcessVariable<Boolean> FIXED = flag("fixed");
    public static final ProcessVariable<Boolean> RESIDENT_SATISFIED = flag("residentSatisfied");
    public static final ProcessVariable<Boolean> CALLBACK_SATISFIED = flag("callbackSatisfied");

    /**
     * CB-04: the centre manager orders another follow-up round ("followUp") or closes ("close").
     */
    public static final ProcessVariable<String> MANAGER_OUTCOME = string("managerOutcome");

    public static final ProcessVariable<Boolean> ACKNOWLEDGED = flag("acknowledged");

    /** The rule id of a missed deadline (the escalation code). */
    public static final ProcessVariable<String> MISSED_RULE = string("missedRule");

    private Var() {}
  }

  /** Form entries that are case data: they reach the case file and leave the process. */
  public static final class Field {
    // the intake (start) form, and POST /api/cases
    public static final ProcessVariable<String> CHANNEL = string("channel");
    public static final ProcessVariable<String> UNIT = string("unit");
    public static final ProcessVariable<String> RESIDENT_NAME = string("residentName");
    public static final ProcessVariable<String> PHONE = string("phone");
    public static final ProcessVariable<String> EMAIL = string("email");
    public static final ProcessVariable<String> LANGUAGE = string("language");
    public static final ProcessVariable<String> CATEGORY = string("category");
    public static final ProcessVariable<String> SUBCATEGORY = string("subcategory");

    /**
     * The start form's subcategory of a category whose subcategories are a topic, not a choice of
     * the triage table (an inquiry's topic): a text field, stored as the subcategory.
     */
    public static final ProcessVariable<String> TOPIC = string("topic");

    public static final ProcessVariable<String> DESCRIPTION = string("description");
    public static final ProcessVariable<String> LOCATION = string("location");
    public static final ProcessVariable<String> PROPERTY = CaseVariables.PROPERTY;

    /** The intake form's fields, in the order of the request they make. */
    public static final List<ProcessVariable<String>> INTAKE =
        List.of(
            CHANNEL,
            UNIT,
            RESIDENT_NAME,
            PHONE,
            EMAIL,
            LANGUAGE,
            CATEGORY,
            SUBCATEGORY,
            TOPIC,
            DESCRIPTION,
            LOCATION,
            PROPERTY);

    public static final ProcessVariable<String> CONTROL_CENTRE_NOTE = string("controlCentreNote");
    public static final ProcessVariable<String> DESK_NOTE = string("deskNote");

    /** CAT-03: the outside body (department, utility, authority) the request was referred to. */
    public static final ProcessVariable<String> REFERRED_TO = string("referredTo");

    /** CAT-03: whom there the desk contacted and how (name, phone, reference). */
    public static final ProcessVariable<String> REFERRAL_CONTACT = string("referralContact");

    public static final ProcessVariable<String> SUPERVISOR_REPLY = string("supervisorReply");
    public static final ProcessVariable<String> DISPATCH_NOTE = string("dispatchNote");
    public static final ProcessVariable<String> ARRIVED_AT = string("arrivedAt");
    public static final ProcessVariable<String> HANDLING_NOTES = string("handlingNotes");
    public static final ProcessVariable<String> RESULT = string("result");
    public static final ProcessVariable<Boolean> HAZARD_FOUND = flag("hazardFound");

    /** SVC-03, big problems: how the handler responded (visit or plan). */
    public static final ProcessVariable<String> RESPONSE_KIND = string("responseKind");

    /** SVC-03, big problems: the date of the fix given to the resident. */
    public static final ProcessVariable<String> PLANNED_FIX_AT = string("plannedFixAt");

    /** SVC-03, big problems: what the resident was told. */
    public static final ProcessVariable<String> RESPONSE_NOTE = string("responseNote");

    public static final ProcessVariable<String> SATISFACTION = string("satisfaction");
    public static final ProcessVariable<String> CONFIRMATION_NOTE = string("confirmationNote");
    public static final ProcessVariable<String> FEEDBACK_METHOD = string("feedbackMethod");
    public static final ProcessVariable<String> FEEDBACK_NOTE = string("feedbackNote");
    public static final ProcessVariable<String> CALLBACK_METHOD = string("callbackMethod");
    public static final ProcessVariable<String> CALLBACK_REASON = string("callbackReason");
    public static final ProcessVariable<String> OTHER_SERVICES = string("otherServices");
    public static final ProcessVariable<String> FOLLOW_UP_NOTE = string("followUpNote");
    public static final ProcessVariable<String> MANAGER_DECISION = string("managerDecision");
    public static final ProcessVariable<String> RESIDENT_TOLD = string("residentTold");

    private Field() {}
  }

  private ResidentRequestProcess() {}
}
