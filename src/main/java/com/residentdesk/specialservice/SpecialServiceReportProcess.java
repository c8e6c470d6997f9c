package com.residentdesk.specialservice;

import static com.residentdesk.casefile.ProcessVariable.id;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.ProcessVariable;

/**
 * The monthly special-service analysis report of one property (SVC-10, SVC-02, SVC-12;
 * processes/specialservice/): opened by {@link ServiceReportScheduleProcess} on the 1st for the
 * month just ended, the property as tenant; pre-filled with the month's figures; the
 * customer-service head writes the analysis and improvement measures before the 5th (property time
 * zone); the business-management department ({@code quality}) reads the filed report. Business key
 * {@code special-service-report:<property>:<yyyy-MM>}.
 */
public final class SpecialServiceReportProcess {

  public static final String KEY = "special-service-report";

  public static final class Element {
    public static final String REPORT_OPENED = "StartEvent_ServiceReportOpened";
    public static final String PREPARE_REPORT = "Task_PrepareServiceReport";
    public static final String WRITE_REPORT = "Task_WriteServiceReport";
    public static final String REMINDER_DUE = "BoundaryEvent_ServiceReportReminder";
    public static final String REMIND_HEAD = "Task_RemindServiceReport";
    public static final String HEAD_REMINDED = "EndEvent_ServiceReportReminded";
    public static final String REPORT_OVERDUE = "BoundaryEvent_ServiceReportOverdue";
    public static final String CHASE_REPORT = "Task_ChaseServiceReport";
    public static final String REPORT_CHASED = "EndEvent_ServiceReportChased";
    public static final String READ_REPORT = "Task_ReadServiceReport";
    public static final String REPORT_READ = "EndEvent_ServiceReportRead";

    private Element() {}
  }

  public static final class Var {
    /** The month reported, YYYY-MM. */
    public static final ProcessVariable<String> MONTH = string("serviceReportMonth");

    /** The {@link ServiceReport}, once prepared. */
    public static final ProcessVariable<Long> REPORT_ID = id("serviceReportId");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> ANALYSIS = string("serviceReportAnalysis");
    public static final ProcessVariable<String> MEASURES = string("serviceReportMeasures");
    public static final ProcessVariable<String> QUALITY_NOTE = string("serviceReportQualityNote");
    public static final ProcessVariable<String> CHASE_NOTE = string("serviceReportChaseNote");

    private Field() {}
  }

  public static String businessKey(String property, String month) {
    return "special-service-report:" + property + ":" + month;
  }

  private SpecialServiceReportProcess() {}
}
