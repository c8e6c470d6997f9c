package com.residentdesk.specialservice;

/**
 * The monthly special-service report's schedule (SVC-10), {@code special-service-report-schedule}
 * (processes/specialservice/): a company timer on the 1st, no tenant, opens each property's {@link
 * SpecialServiceReportProcess} for the month just ended.
 */
public final class ServiceReportScheduleProcess {

  public static final String KEY = "special-service-report-schedule";

  public static final class Element {
    public static final String FIRST_OF_MONTH = "StartEvent_FirstOfMonth";
    public static final String OPEN_REPORTS = "Task_OpenServiceReports";
    public static final String REPORTS_OPENED = "EndEvent_ServiceReportsOpened";

    private Element() {}
  }

  private ServiceReportScheduleProcess() {}
}
