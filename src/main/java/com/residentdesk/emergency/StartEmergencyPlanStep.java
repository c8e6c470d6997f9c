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
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * EMG-01/EMG-02: which emergency services were called, by whom and when (the server's clock unless
 * a time of day is given, to the second); the safety measures. Started by the coordinator while the
 * responder is on his way.
 */
@Component
class StartEmergencyPlanStep extends TaskStep {

  private final DeskClock clock;
  private final DeskFormat format;
  private final PropertyDirectory properties;

  StartEmergencyPlanStep(DeskClock clock, DeskFormat format, PropertyDirectory properties) {
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
    this.format = format;
    this.properties = properties;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(SAFETY_MEASURES, "The safety measures taken");
    boolean servicesCalled =
        form.flag(CALLED_110) || form.flag(CALLED_119) || form.flag(CALLED_120);
    if (servicesCalled) {
      form.required(CALLED_BY, "calledBy: who called the emergency services");
      // typed as a time of day when the call was earlier, else the server's clock now; to the
      // second, never rounded (no date picker)
      Instant calledAt =
          form.timeOfDay(
                  CALLED_AT, "呼叫时间", serviceCase, clock.now(), properties.zoneOf(serviceCase))
              .orElseGet(() -> clock.now().truncatedTo(ChronoUnit.SECONDS));
      serviceCase.recordEmergencyCall(calledAt);
      form.set(CALLED_AT, format.time(calledAt));
    }
  }
}
