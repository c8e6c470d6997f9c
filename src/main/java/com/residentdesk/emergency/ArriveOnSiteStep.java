package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Field.ARRIVAL_CORRECTED_TO;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CORRECTION_REASON;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskFormat;
import com.residentdesk.system.InvalidEntryException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * EMG-04/SVC-05: one tap on arrival. The server's clock stamps it to the second and the verdict is
 * computed once, from the stamp. A responder who tapped late may say when he really arrived, with a
 * reason: kept beside the stamp on the case and the handling sheet, for the supervisor to see,
 * never replacing it.
 */
@Component
class ArriveOnSiteStep extends TaskStep {

  private final Deadlines deadlines;
  private final DeskClock clock;
  private final CaseFiles caseFiles;
  private final DeskFormat format;
  private final PropertyDirectory properties;

  ArriveOnSiteStep(
      Deadlines deadlines,
      DeskClock clock,
      CaseFiles caseFiles,
      DeskFormat format,
      PropertyDirectory properties) {
    super(
        EmergencyResponseProcess.Element.ARRIVE_ON_SITE,
        Rules.EMG_04,
        onSheet(ARRIVAL_CORRECTED_TO, "Arrival time corrected to"),
        onSheet(CORRECTION_REASON, "Reason for the correction"));
    this.deadlines = deadlines;
    this.clock = clock;
    this.caseFiles = caseFiles;
    this.format = format;
    this.properties = properties;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    Instant stamped = clock.now().truncatedTo(ChronoUnit.SECONDS);
    Instant corrected =
        form.timeOfDay(
                ARRIVAL_CORRECTED_TO,
                "实际到场时间",
                serviceCase,
                stamped,
                properties.zoneOf(serviceCase))
            .orElse(null);
    String reason = form.text(CORRECTION_REASON);
    if (corrected != null && reason == null) {
      throw new InvalidEntryException(
          CORRECTION_REASON.name(),
          "更正到场时间须说明原因 / correctionReason: a corrected arrival time needs a reason");
    }
    serviceCase.recordArrival(stamped, corrected, corrected == null ? null : reason);
    deadlines.meetAt(serviceCase.getId(), Rules.EMG_04, stamped);
    DeadlineClock arrival = deadlines.clockFor(serviceCase.getId(), Rules.EMG_04);
    caseFiles.record(
        serviceCase.getId(),
        EmergencyResponseProcess.Element.ARRIVE_ON_SITE,
        (arrival.metInTime() ? "Arrived on site in time: " : "Arrived on site late: ")
            + format.time(stamped),
        "Due "
            + format.time(arrival.getDueAt())
            + (arrival.metInTime() ? "; EMG-04 met" : "; EMG-04 missed")
            + (corrected == null
                ? ""
                : "; the responder says he arrived at "
                    + format.time(corrected)
                    + " ("
                    + reason
                    + ")"),
        Rules.EMG_04);
  }
}
