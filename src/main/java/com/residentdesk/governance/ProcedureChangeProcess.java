package com.residentdesk.governance;

import static com.residentdesk.casefile.ProcessVariable.flag;
import static com.residentdesk.casefile.ProcessVariable.id;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code procedure-change} process (processes/governance/procedure-change.bpmn, GOV-01): a
 * change a process owner deployed from Camunda Modeler waits for the centre manager; approved, it
 * is deployed (and running cases migrated if asked and possible); rejected, the owner reads why.
 * Its business key is {@code change-<id>}.
 */
public final class ProcedureChangeProcess {

  public static final String KEY = "procedure-change";

  public static final class Element {
    public static final String CHANGE_PROPOSED = "StartEvent_ChangeProposed";
    public static final String APPROVE_CHANGE = "Task_ApproveChange";
    public static final String APPROVED = "Gateway_Approved";
    public static final String DEPLOY_CHANGE = "Task_DeployChange";
    public static final String MIGRATE_CASES = "Task_MigrateCases";
    public static final String CHANGE_IN_EFFECT = "EndEvent_ChangeInEffect";
    public static final String READ_REJECTION = "Task_ReadRejection";
    public static final String CHANGE_REJECTED = "EndEvent_ChangeRejected";

    private Element() {}
  }

  public static final class Var {
    /** The {@link ProcedureChange} the instance decides. */
    public static final ProcessVariable<Long> CHANGE_ID = id("procedureChangeId");

    /** The process owner who proposed it: the rejection goes back to them. */
    public static final ProcessVariable<String> PROPOSER = string("proposer");

    /** The manager's decision: approve or reject. */
    public static final ProcessVariable<String> DECISION = string("changeDecision");

    /** Whether running cases move to the new version where Camunda can migrate them. */
    public static final ProcessVariable<Boolean> MIGRATE_CASES = flag("migrateCases");

    private Var() {}
  }

  public static final class Field {
    /** Why the manager approved or rejected: on the record, not in the process. */
    public static final ProcessVariable<String> DECISION_NOTE = string("decisionNote");

    private Field() {}
  }

  /** The decisions the approval form offers. */
  public static final String APPROVE = "approve";

  public static final String REJECT = "reject";

  public static String businessKey(Long changeId) {
    return "change-" + changeId;
  }

  private ProcedureChangeProcess() {}
}
