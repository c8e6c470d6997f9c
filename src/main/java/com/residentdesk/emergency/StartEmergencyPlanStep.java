package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CALLED_110;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CALLED_119;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CALLED_120;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CALLED_AT;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CALLED_BY;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.SAFETY_MEASURES;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import org.springframework.stereotype.Component;

/** EMG-01/EMG-02: which emergency services were called, by whom and when; the safety measures. */
@Component
class StartEmergencyPlanStep extends TaskStep {

  private final DeskClock clock;

  StartEmergencyPlanStep(DeskClock clock) {
    super(
        EmergencyResponseProcess.Element.START_EMERGENCY_PLAN,
        "EMG-01",
        onSheet(CALLED_110, "110 police called"),
        onSheet(CALLED_119, "119 fire brigade called"),
        onSheet(CALLED_120, "120 ambulance called"),
        onSheet(CALLED_BY, "Called by"),
        onSheet(CALLED_AT, "Called at"),
        onSheet(SAFETY_MEASURES, "Safety measures (EMG-02)"));
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(SAFETY_MEASURES, "The safety measures taken (EMG-02)");
    boolean servicesCalled =
        form.flag(CALLED_110) || form.flag(CALLED_119) || form.flag(CALLED_120);
    if (servicesCalled) {
      form.required(CALLED_BY, "calledBy: who called the emergency services (EMG-01)");
      form.moment(
          CALLED_AT,
          "calledAt: when the emergency services were called (EMG-01)",
          serviceCase,
          clock.now());
    }
  }
}
