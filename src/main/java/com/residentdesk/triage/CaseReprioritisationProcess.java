package com.residentdesk.triage;

import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;
import java.util.List;

/**
 * The {@code case-reprioritisation} process (processes/triage/case-reprioritisation.bpmn): a
 * supervisor's re-prioritisation from Tasklist, one step that runs {@link Reprioritisations}.
 */
public final class CaseReprioritisationProcess {

  public static final String KEY = "case-reprioritisation";

  public static final class Element {
    public static final String REQUESTED = "StartEvent_ReprioritisationRequested";
    public static final String REPRIORITISE = "Task_Reprioritise";
    public static final String REPRIORITISED = "EndEvent_Reprioritised";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;

    private Var() {}
  }

  /** The start form (reprioritise-case); they leave the process once the step has run. */
  public static final class Field {
    public static final ProcessVariable<String> CASE_NUMBER = CaseVariables.CASE_NUMBER;
    public static final ProcessVariable<String> CATEGORY = string("category");
    public static final ProcessVariable<String> SUBCATEGORY = string("subcategory");
    public static final ProcessVariable<String> PRIORITY = string("priority");
    public static final ProcessVariable<String> REASON = string("reason");

    static final List<ProcessVariable<String>> ALL =
        List.of(CASE_NUMBER, CATEGORY, SUBCATEGORY, PRIORITY, REASON);

    private Field() {}
  }

  private CaseReprioritisationProcess() {}
}
