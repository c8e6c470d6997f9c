package com.residentdesk.casefile;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the case id a process carries, whatever numeric type the starter used. */
public final class CaseIds {

  public static final String VARIABLE = "caseId";

  private CaseIds() {}

  /**
   * @return the case id, or null when the process has not registered its case yet
   */
  public static Long of(VariableScope scope) {
    Object value = scope.getVariable(VARIABLE);
    return value instanceof Number number ? number.longValue() : null;
  }

  public static Long required(VariableScope scope) {
    Long caseId = of(scope);
    if (caseId == null) {
      throw new IllegalStateException("The process carries no case id");
    }
    return caseId;
  }
}
