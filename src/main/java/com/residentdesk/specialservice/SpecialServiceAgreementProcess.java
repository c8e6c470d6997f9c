package com.residentdesk.specialservice;

import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code special-service-agreement} process
 * (processes/specialservice/special-service-agreement.bpmn, SVC-08, SVC-11, SVC-15): key, element
 * ids, variables and form fields.
 */
public final class SpecialServiceAgreementProcess {

  public static final String KEY = "special-service-agreement";

  public static final class Element {
    public static final String AGREEMENT_REQUESTED = "StartEvent_AgreementRequested";
    public static final String REGISTER_CASE = "Task_RegisterCase";
    public static final String CONFIRM_TERMS = "Task_ConfirmAgreementTerms";
    public static final String APPROVE_AGREEMENT = "Task_ApproveAgreement";
    public static final String AGREEMENT_APPROVED = "Gateway_AgreementApproved";
    public static final String TELL_RESIDENT_REFUSED = "Task_TellResidentAgreementRefused";
    public static final String SIGN_AGREEMENT = "Task_SignAgreement";
    public static final String AGREEMENT_IN_FORCE = "Gateway_AgreementInForce";
    public static final String NEXT_VISIT = "Gateway_NextVisit";
    public static final String RECORD_VISIT = "Task_RecordVisit";
    public static final String AGREEMENT_ENDED = "BoundaryEvent_AgreementEnded";
    public static final String VISITS_ENDED = "EndEvent_VisitsEnded";
    public static final String RUN_AGREEMENT = "Task_RunAgreement";
    public static final String QUARTERLY_CALLBACK_DUE = "BoundaryEvent_QuarterlyCallback";
    public static final String QUARTERLY_CALLBACK = "Task_QuarterlyCallback";
    public static final String AGREEMENT_EXPIRED = "Gateway_AgreementExpired";
    public static final String STOP_AGREEMENT = "Task_StopAgreement";
    public static final String CLOSE_AGREEMENT = "Task_CloseAgreement";
    public static final String AGREEMENT_CLOSED = "EndEvent_AgreementClosed";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;

    /** "approve" or "refuse": the department head's decision on the agreement (SVC-08). */
    public static final ProcessVariable<String> AGREEMENT_DECISION = string("agreementDecision");

    /** "expired" or "notice": the agreement ran its period, or the centre gave notice (SVC-08). */
    public static final ProcessVariable<String> AGREEMENT_END = string("agreementEnd");

    /**
     * Set when the agreement is closed (Task_CloseAgreement's output): withdraws the open visit
     * task (SVC-15).
     */
    public static final ProcessVariable<Boolean> AGREEMENT_CLOSED =
        ProcessVariable.flag("agreementClosed");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> SERVICE_CODE = string("agreementServiceCode");
    public static final ProcessVariable<String> PERIOD_START = string("periodStart");
    public static final ProcessVariable<String> PERIOD_END = string("periodEnd");
    public static final ProcessVariable<String> SCHEDULE = string("schedule");
    public static final ProcessVariable<Integer> VISITS_AGREED =
        ProcessVariable.integer("visitsAgreed");
    public static final ProcessVariable<String> DEDICATED_STAFF = string("dedicatedStaff");
    public static final ProcessVariable<String> AGREED_PRICE = string("agreedPrice");
    public static final ProcessVariable<String> PRICE_BASIS = string("priceBasis");
    public static final ProcessVariable<Boolean> CAPABILITY_CONFIRMED =
        ProcessVariable.flag("capabilityConfirmed");

    public static final ProcessVariable<String> APPROVAL_NOTE = string("agreementApprovalNote");

    public static final ProcessVariable<String> SIGNED_ON = string("signedOn");
    public static final ProcessVariable<String> SIGNED_BY_RESIDENT = string("signedByResident");

    public static final ProcessVariable<String> STOP_NOTICE = string("stopNotice");
    public static final ProcessVariable<String> STOP_ON = string("stopOn");
    public static final ProcessVariable<String> STOP_NOTE = string("stopNote");

    public static final ProcessVariable<String> VISITED_AT = string("visitedAt");
    public static final ProcessVariable<String> VISIT_NOTE = string("visitNote");

    public static final ProcessVariable<String> CALLBACK_OUTCOME = string("callbackOutcome");
    public static final ProcessVariable<String> CALLBACK_NOTE = string("callbackNote");

    private Field() {}
  }

  private SpecialServiceAgreementProcess() {}
}
