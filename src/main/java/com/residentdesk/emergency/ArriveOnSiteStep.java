package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Field.ARRIVED_AT;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import org.springframework.stereotype.Component;

/** EMG-04/SVC-05: arrival on site stops the arrival clock. */
@Component
class ArriveOnSiteStep extends TaskStep {

  private final Deadlines deadlines;
  private final DeskClock clock;

  ArriveOnSiteStep(Deadlines deadlines, DeskClock clock) {
    super(
        EmergencyResponseProcess.Element.ARRIVE_ON_SITE,
        Rules.EMG_04,
        onSheet(ARRIVED_AT, "Arrived on site"));
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.moment(ARRIVED_AT, "The arrival time", serviceCase, clock.now());
    deadlines.meet(serviceCase.getId(), Rules.EMG_04);
  }
}
