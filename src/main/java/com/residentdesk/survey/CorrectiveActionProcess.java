package com.residentdesk.survey;

import static com.residentdesk.casefile.ProcessVariable.id;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.ProcessVariable;

/**
 * A corrective action (QA-05, QA-08, SVC-12; processes/survey/, the property is its tenant): the
 * owner group carries it out by its deadline (missed, the centre manager is asked to follow it up),
 * the quality department verifies it (not effective: back to the owner), and the residents
 * concerned are called back. Business key {@code correction:<id>}.
 */
public final class CorrectiveActionProcess {

  public static final String KEY = "corrective-action";

  public static final class Element {
    public static final String RAISED = "StartEvent_CorrectionRaised";
    public static final String CARRY_OUT = "Task_CarryOutCorrection";
    public static final String OVERDUE = "BoundaryEvent_CorrectionOverdue";
    public static final String RECORD_ESCALATION = "Task_RecordCorrectionEscalation";
    public static final String CHASE_STILL_OPEN = "Gateway_CorrectionChaseStillOpen";
    public static final String CHASE_REMINDED = "EndEvent_CorrectionChaseReminded";
    public static final String CHASE = "Task_ChaseOverdueCorrection";
    public static final String CHASED = "EndEvent_CorrectionChased";
    public static final String VERIFY = "Task_VerifyCorrection";
    public static final String EFFECTIVE = "Gateway_CorrectionEffective";
    public static final String CALL_BACK = "Task_CallBackResidents";
    public static final String CLOSED = "EndEvent_CorrectionClosed";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CORRECTION_ID = id("correctionId");

    /** The group that carries the correction out. */
    public static final ProcessVariable<String> OWNER = string("correctionOwner");

    /** The quality department's verdict: {@link #EFFECTIVE} or {@link #NOT_EFFECTIVE}. */
    public static final ProcessVariable<String> VERDICT = string("correctionVerdict");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> DONE_NOTE = string("correctionDone");
    public static final ProcessVariable<String> CHASE_NOTE = string("correctionChaseNote");
    public static final ProcessVariable<String> VERIFICATION = string("verificationNote");
    public static final ProcessVariable<String> CALLBACK_NOTE = string("correctionCallbackNote");

    private Field() {}
  }

  public static final String EFFECTIVE = "effective";
  public static final String NOT_EFFECTIVE = "not-effective";

  public static String businessKey(long correctionId) {
    return "correction:" + correctionId;
  }

  private CorrectiveActionProcess() {}
}
