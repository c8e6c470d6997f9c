package com.residentdesk.survey;

import static com.residentdesk.casefile.ProcessVariable.flag;
import static com.residentdesk.casefile.ProcessVariable.id;
import static com.residentdesk.casefile.ProcessVariable.integer;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.ProcessVariable;

/**
 * The six-monthly special-service supervision (SVC-12; processes/survey/): {@code
 * supervision-schedule} (no tenant) opens one {@code special-service-supervision} per property; the
 * quality department records its findings and may raise a corrective action. Business key {@code
 * supervision:<property>:<period>}.
 */
public final class SpecialServiceSupervisionProcess {

  public static final String KEY = "special-service-supervision";

  public static final class Element {
    public static final String SUPERVISE = "Task_SuperviseSpecialServices";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> SUPERVISION_ID = id("supervisionId");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> FINDINGS = string("supervisionFindings");
    public static final ProcessVariable<Boolean> RAISE_CORRECTION = flag("raiseCorrection");
    public static final ProcessVariable<String> CORRECTION = string("supervisionCorrection");
    public static final ProcessVariable<String> OWNER = string("supervisionOwner");
    public static final ProcessVariable<Integer> DAYS = integer("supervisionDays");

    private Field() {}
  }

  public static String businessKey(String property, String period) {
    return "supervision:" + property + ":" + period;
  }

  private SpecialServiceSupervisionProcess() {}
}
