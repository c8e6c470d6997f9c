package com.residentdesk.specialservice;

import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code special-service} process (processes/specialservice/special-service.bpmn, SVC-01,
 * SVC-04, SVC-07, SVC-13, SVC-14, SVC-16): key, element ids, variables and form fields.
 */
public final class SpecialServiceProcess {

  public static final String KEY = "special-service";

  public static final class Element {
    public static final String BOOKING_RECEIVED = "StartEvent_BookingReceived";
    public static final String REGISTER_CASE = "Task_RegisterCase";
    public static final String BOOKING_REGISTERED = "Gateway_BookingRegistered";
    public static final String REGISTER_BOOKING = "Task_RegisterBooking";
    public static final String OUTSIDE_CATALOGUE = "Gateway_OutsideCatalogue";
    public static final String APPROVE_OUTSIDE_CATALOGUE = "Task_ApproveOutsideCatalogue";
    public static final String OUTSIDE_APPROVED = "Gateway_OutsideCatalogueApproved";
    public static final String TELL_RESIDENT_REFUSED = "Task_TellResidentRefused";
    public static final String NOTIFY_SERVICE_STAFF = "Task_NotifyServiceStaff";
    public static final String RISK_ASSESSMENT_NEEDED = "Gateway_RiskAssessmentNeeded";
    public static final String ASSESS_RISK = "Task_AssessRisk";
    public static final String RISK_APPROVED = "Gateway_RiskApproved";
    public static final String EXPLAIN_REFUSAL = "Task_ExplainRefusal";
    public static final String CONFIRM_CONTENT_AND_PRICE = "Task_ConfirmContentAndPrice";
    public static final String ACCEPTED = "Gateway_Accepted";
    public static final String RECORD_ARRIVAL = "Task_RecordArrival";
    public static final String NOBODY_ARRIVED = "BoundaryEvent_NobodyArrived";
    public static final String RECORD_SERVICE = "Task_RecordService";
    public static final String SATISFIED = "Gateway_Satisfied";
    public static final String HANDLE_NONCONFORMITY = "Task_HandleNonconformity";
    public static final String CLOSE_BOOKING = "Task_CloseBooking";
    public static final String BOOKING_CLOSED = "EndEvent_BookingClosed";
    public static final String ESCALATE_MISSED_DEADLINE = "CallActivity_EscalateMissedDeadline";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;
    public static final ProcessVariable<Integer> TASK_PRIORITY = CaseVariables.TASK_PRIORITY;

    /** The group that delivers the booked service (the catalogue's, as quoted). */
    public static final ProcessVariable<String> SERVICE_GROUP = string("serviceGroup");

    /**
     * "approve" or "refuse": the department head's decision on a service outside the catalogue
     * (SVC-06).
     */
    public static final ProcessVariable<String> OUTSIDE_DECISION = string("outsideDecision");

    /** "accepted" or "declined": the resident's answer to content and price (SVC-04). */
    public static final ProcessVariable<String> ACCEPTANCE = string("acceptance");

    /** "approve" or "refuse": the risk assessment of a risky service (SVC-06). */
    public static final ProcessVariable<String> RISK_DECISION = string("riskDecision");

    /** "satisfied" or "unsatisfied": the resident's verdict on the service (SVC-13). */
    public static final ProcessVariable<String> SATISFACTION = string("satisfaction");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> SERVICE_CODE = string("serviceCode");
    public static final ProcessVariable<String> APPOINTMENT_AT = string("appointmentAt");
    public static final ProcessVariable<String> QUANTITY = string("quantity");
    public static final ProcessVariable<String> QUOTED_PRICE = string("quotedPrice");
    public static final ProcessVariable<String> PRICE_OVERRIDE_REASON =
        string("priceOverrideReason");
    public static final ProcessVariable<String> REQUIREMENTS = string("requirements");

    public static final ProcessVariable<String> OUTSIDE_DECISION_NOTE =
        string("outsideDecisionNote");
    public static final ProcessVariable<String> OUTSIDE_DELIVERING_GROUP =
        string("outsideDeliveringGroup");
    public static final ProcessVariable<Boolean> OUTSIDE_NEEDS_RISK_ASSESSMENT =
        ProcessVariable.flag("outsideNeedsRiskAssessment");
    public static final ProcessVariable<String> SERVICE_NAME = string("serviceName");

    public static final ProcessVariable<String> RISK_ASSESSMENT = string("riskAssessment");
    public static final ProcessVariable<String> REFUSAL_EXPLAINED = string("refusalExplained");

    public static final ProcessVariable<String> ACCEPTED_BY_RESIDENT = string("acceptedByResident");
    public static final ProcessVariable<String> ACCEPTANCE_METHOD = string("acceptanceMethod");
    public static final ProcessVariable<String> ACCEPTANCE_NOTE = string("acceptanceNote");

    public static final ProcessVariable<String> ARRIVED_AT = string("arrivedAt");

    public static final ProcessVariable<Boolean> EXPLAINED_CONTENT =
        ProcessVariable.flag("explainedContent");
    public static final ProcessVariable<Boolean> VALUABLES_CONSENT =
        ProcessVariable.flag("valuablesConsent");
    public static final ProcessVariable<Boolean> INTERCOM_ONLY =
        ProcessVariable.flag("intercomOnly");
    public static final ProcessVariable<Integer> TIME_SPENT_MINUTES =
        ProcessVariable.integer("timeSpentMinutes");
    public static final ProcessVariable<String> DELIVERED_QUANTITY = string("deliveredQuantity");
    public static final ProcessVariable<String> MATERIALS = string("materials");
    public static final ProcessVariable<String> PAYMENT = string("payment");
    public static final ProcessVariable<String> SERVICE_NOTE = string("serviceNote");

    public static final ProcessVariable<String> NONCONFORMITY_CAUSE = string("nonconformityCause");
    public static final ProcessVariable<String> CORRECTIVE_ACTION = string("correctiveAction");
    public static final ProcessVariable<String> CORRECTIVE_OWNER = string("correctiveOwner");
    public static final ProcessVariable<String> CORRECTIVE_DEADLINE = string("correctiveDeadline");
    public static final ProcessVariable<String> VERIFICATION = string("verification");

    private Field() {}
  }

  private SpecialServiceProcess() {}
}
