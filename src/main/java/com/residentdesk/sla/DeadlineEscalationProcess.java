package com.residentdesk.sla;

import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code deadline-escalation} process (processes/sla/deadline-escalation.bpmn): called with the
 * rule whose deadline was missed by every process that has deadlines; records the breach and has
 * the rule's escalation group follow it up.
 */
public final class DeadlineEscalationProcess {

  public static final String KEY = "deadline-escalation";

  public static final class Element {
    public static final String DEADLINE_MISSED = "StartEvent_DeadlineMissed";
    public static final String RECORD_BREACH = "Task_RecordBreach";
    public static final String HANDLE_ESCALATION = "Task_HandleEscalation";
    public static final String ESCALATION_FOLLOWED_UP = "EndEvent_EscalationFollowedUp";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;
    public static final ProcessVariable<Integer> TASK_PRIORITY = CaseVariables.TASK_PRIORITY;

    /** The rule id of the missed deadline (the escalation code the caller caught). */
    public static final ProcessVariable<String> MISSED_RULE = string("missedRule");

    public static final ProcessVariable<String> ESCALATION_GROUP = string("escalationGroup");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> ESCALATION_NOTE = string("escalationNote");

    private Field() {}
  }

  private DeadlineEscalationProcess() {}
}
