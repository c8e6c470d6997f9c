package com.residentdesk.emergency;

/** The {@code emergency-response} process: key, element ids and variables (EMG-01..05). */
public final class EmergencyResponseProcess {

  public static final String KEY = "emergency-response";

  public static final class Element {
    public static final String ALERT_ON_DUTY = "Task_AlertOnDuty";
    public static final String ACKNOWLEDGE_ALERT = "Task_AcknowledgeAlert";
    public static final String ORGANISE_RESPONSE = "Task_OrganiseResponse";
    public static final String START_EMERGENCY_PLAN = "Task_StartEmergencyPlan";
    public static final String RECORD_MEDICAL_DETAILS = "Task_RecordMedicalDetails";
    public static final String ARRIVE_ON_SITE = "Task_ArriveOnSite";
    public static final String ARRIVAL_OVERDUE = "BoundaryEvent_ArrivalOverdue";
    public static final String HANDLE_EMERGENCY = "Task_HandleEmergency";
    public static final String OPEN_HAZARD_CASE = "Task_OpenHazardCase";
    public static final String RESPONSE_COMPLETE = "EndEvent_ResponseComplete";

    private Element() {}
  }

  public static final class Var {
    public static final String RESPONDER = "responder";
    public static final String MEDICAL = "medical";
    public static final String NOBODY_ON_DUTY = "nobodyOnDuty";
    public static final String HAZARD_FOUND = "hazardFound";

    private Var() {}
  }

  private EmergencyResponseProcess() {}
}
