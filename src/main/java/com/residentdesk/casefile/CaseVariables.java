package com.residentdesk.casefile;

/**
 * The variables every process of a case carries: a caller passes them to the processes it calls
 * ({@code camunda:in}), so they are named once, here.
 */
public final class CaseVariables {

  /** The {@link ServiceCase}'s id: the process holds it, never the case's data. */
  public static final ProcessVariable<Long> CASE_ID = ProcessVariable.id("caseId");

  /** The Tasklist priority of the case's tasks, from the triage table (100 = emergency). */
  public static final ProcessVariable<Integer> TASK_PRIORITY =
      ProcessVariable.integer("taskPriority");

  /** The group that handles the case, from the triage table. */
  public static final ProcessVariable<String> HANDLING_GROUP =
      ProcessVariable.string("handlingGroup");

  /**
   * The property a clerk names on a Tasklist start form when they work for several. It decides the
   * tenant of the process instance as it starts (the property's code is the tenant id) and leaves
   * the process with the other intake fields; afterwards the tenant id says the property.
   */
  public static final ProcessVariable<String> PROPERTY = ProcessVariable.string("property");

  /**
   * The number of an existing case a Tasklist start form acts on (a hold on its deadlines): the
   * case's property decides the tenant, so a clerk of several properties names no property.
   */
  public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");

  private CaseVariables() {}
}
