package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.system.DeskClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SVC-07, SVC-16: the booking is closed (delivered and charged, or declined before any work) and
 * the case archived with its handling sheet.
 */
@Component("closeBookingDelegate")
class CloseBookingDelegate implements JavaDelegate {

  private final SpecialServices specialServices;
  private final CaseFiles caseFiles;
  private final DeskClock clock;

  CloseBookingDelegate(SpecialServices specialServices, CaseFiles caseFiles, DeskClock clock) {
    this.specialServices = specialServices;
    this.caseFiles = caseFiles;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.from(execution);
    Booking booking = specialServices.of(caseId);
    booking.close(clock.now());
    caseFiles.get(caseId).archive(clock.now());
    caseFiles.record(
        caseId,
        SpecialServiceProcess.Element.CLOSE_BOOKING,
        booking.mayStartWork() ? "Special service delivered and closed" : "Booking declined",
        booking.getCharge() == null
            ? null
            : "Charge %s (%s)".formatted(booking.getCharge().toPlainString(), booking.getPayment()),
        "SVC-16");
  }
}
