package com.residentdesk.survey;

/**
 * The {@code supervision-schedule} process (processes/survey/, SVC-12): every six months the
 * quality department's supervision of the special services opens at every property. Company-wide,
 * without a tenant.
 */
public final class SupervisionScheduleProcess {

  public static final String KEY = "supervision-schedule";

  public static final class Element {
    public static final String HALF_YEAR_BEGINS = "StartEvent_HalfYearBegins";
    public static final String OPEN_SUPERVISIONS = "Task_OpenSupervisions";

    private Element() {}
  }

  private SupervisionScheduleProcess() {}
}
