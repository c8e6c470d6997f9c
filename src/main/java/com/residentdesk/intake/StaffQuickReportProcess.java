package com.residentdesk.intake;

/**
 * The {@code staff-quick-report} process (processes/intake/staff-quick-report.bpmn): a staff
 * member's Tasklist door to INT-03, one step that registers the request through {@link
 * IntakeService#submitVerbal}. Its form fields are the intake's ({@link
 * ResidentRequestProcess.Field#INTAKE}).
 */
public final class StaffQuickReportProcess {

  public static final String KEY = "staff-quick-report";

  public static final class Element {
    public static final String TAKEN = "StartEvent_QuickReportTaken";
    public static final String REGISTER = "Task_RegisterQuickReport";
    public static final String REGISTERED = "EndEvent_QuickReportRegistered";

    private Element() {}
  }

  private StaffQuickReportProcess() {}
}
