package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ARRIVED_AT;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * SVC-01: the arrival is recorded against the appointment; more than 5 minutes early or more than 2
 * minutes late is a punctuality miss, recorded with the minutes. The arrival deadline (appointment
 * + 2 minutes) is met.
 */
@Component
class RecordArrivalStep extends TaskStep {

  private final SpecialServices specialServices;
  private final Deadlines deadlines;
  private final CaseFiles caseFiles;
  private final PropertyDirectory properties;
  private final CurrentActor actor;
  private final DeskClock clock;

  RecordArrivalStep(
      SpecialServices specialServices,
      Deadlines deadlines,
      CaseFiles caseFiles,
      PropertyDirectory properties,
      CurrentActor actor,
      DeskClock clock) {
    super(
        SpecialServiceProcess.Element.RECORD_ARRIVAL,
        Rules.SVC_01,
        onSheet(ARRIVED_AT, "到达时间 Arrived"));
    this.specialServices = specialServices;
    this.deadlines = deadlines;
    this.caseFiles = caseFiles;
    this.properties = properties;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    Booking booking = specialServices.of(serviceCase.getId());
    if (!booking.mayStartWork()) {
      throw new InvalidEntryException(
          ARRIVED_AT.name(),
          "客户尚未确认服务内容和价格，不能开始服务 / Content and price are not accepted yet (SVC-04)");
    }
    Instant arrived =
        form.timeOfDay(ARRIVED_AT, "到达时间", serviceCase, clock.now(), properties.zoneOf(serviceCase))
            .orElseThrow(
                () ->
                    new InvalidEntryException(
                        ARRIVED_AT.name(), "请填写到达时间 / arrivedAt is required"));
    if (arrived.isBefore(
        booking.getBookedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))) {
      throw new InvalidEntryException(
          ARRIVED_AT.name(),
          "到达时间不能早于预约登记时间 / arrivedAt cannot be before the booking was registered");
    }
    booking.recordArrival(arrived, actor.id());
    deadlines.meetAt(serviceCase.getId(), Rules.SVC_01, arrived);
    if (booking.getPunctualityMissed()) {
      int offset = booking.getArrivalOffsetMinutes();
      caseFiles.record(
          serviceCase.getId(),
          SpecialServiceProcess.Element.RECORD_ARRIVAL,
          "Punctuality miss",
          offset < 0
              ? "Arrived %d minutes before the appointment".formatted(-offset)
              : "Arrived %d minutes after the appointment".formatted(offset),
          Rules.SVC_01);
    }
  }
}
