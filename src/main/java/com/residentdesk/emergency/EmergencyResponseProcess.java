package com.residentdesk.emergency;

import static com.residentdesk.casefile.ProcessVariable.flag;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code emergency-response} process (processes/emergency/emergency-response.bpmn, EMG-01..05):
 * key, element ids, variables and form fields.
 */
public final class EmergencyResponseProcess {

  public static final String KEY = "emergency-response";

  public static final class Element {
    public static final String EMERGENCY_DECLARED = "StartEvent_EmergencyDeclared";
    public static final String ALERT_ON_DUTY = "Task_AlertOnDuty";
    public static final String ACKNOWLEDGE_ALERT = "Task_AcknowledgeAlert";
    public static final String ALERT_UNACKNOWLEDGED = "BoundaryEvent_AlertUnacknowledged";
    public static final String RESPONDER_ON_SITE = "SubProcess_ResponderOnSite";
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
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;
    public static final ProcessVariable<Integer> TASK_PRIORITY = CaseVariables.TASK_PRIORITY;
    public static final ProcessVariable<String> HANDLING_GROUP = CaseVariables.HANDLING_GROUP;
    public static final ProcessVariable<String> RESPONDER = string("responder");

    /** EMG-01: the on-duty supervisor of the handling group, who starts the plan (or null). */
    public static final ProcessVariable<String> COORDINATOR = string("coordinator");

    public static final ProcessVariable<Boolean> MEDICAL = flag("medical");
    public static final ProcessVariable<Boolean> NOBODY_ON_DUTY = flag("nobodyOnDuty");
    public static final ProcessVariable<Boolean> HAZARD_FOUND = flag("hazardFound");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> ALERT_NOTE = string("alertNote");
    public static final ProcessVariable<String> ORGANISE_NOTE = string("organiseNote");
    public static final ProcessVariable<Boolean> CALLED_110 = flag("called110");
    public static final ProcessVariable<Boolean> CALLED_119 = flag("called119");
    public static final ProcessVariable<Boolean> CALLED_120 = flag("called120");
    public static final ProcessVariable<String> CALLED_BY = string("calledBy");
    public static final ProcessVariable<String> CALLED_AT = string("calledAt");
    public static final ProcessVariable<String> SAFETY_MEASURES = string("safetyMeasures");
    public static final ProcessVariable<String> RESIDENT_CHOICE = string("residentChoice");
    public static final ProcessVariable<String> ARRIVAL_CORRECTED_TO = string("arrivalCorrectedTo");
    public static final ProcessVariable<String> CORRECTION_REASON = string("correctionReason");
    public static final ProcessVariable<String> HANDLING_NOTES = string("handlingNotes");
    public static final ProcessVariable<String> RESULT = string("result");
    public static final ProcessVariable<String> INCIDENT_REPORT = string("incidentReport");
    public static final ProcessVariable<String> HAZARD_DESCRIPTION = string("hazardDescription");
    public static final ProcessVariable<Boolean> DISPUTE = flag("dispute");
    public static final ProcessVariable<String> MEDIATION_OUTCOME = string("mediationOutcome");
    public static final ProcessVariable<Boolean> POLICE_CALLED = flag("policeCalled");

    private Field() {}
  }

  private EmergencyResponseProcess() {}
}
