package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SVC-06: the department head refused a service outside the catalogue: the resident is told why, by
 * e-mail when the case has an address and by text message to the phone it was registered with,
 * through the outbox in this transaction.
 */
@Component("tellResidentRefusedDelegate")
class TellResidentRefusedDelegate implements JavaDelegate {

  static final String TEMPLATE = "specialServiceRefused";

  private final SpecialServices specialServices;
  private final CaseFiles caseFiles;
  private final ResidentMail mail;

  TellResidentRefusedDelegate(
      SpecialServices specialServices, CaseFiles caseFiles, ResidentMail mail) {
    this.specialServices = specialServices;
    this.caseFiles = caseFiles;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    Booking booking = specialServices.of(serviceCase.getId());
    Object[] extra = {booking.getServiceNameZh(), booking.getHeadDecision()};
    boolean mailed =
        mail.send(serviceCase, MessagePurpose.SPECIAL_SERVICE, TEMPLATE, "refused", extra);
    mail.sendSms(serviceCase, MessagePurpose.SPECIAL_SERVICE, TEMPLATE, "refused", extra);
    caseFiles.record(
        serviceCase.getId(),
        SpecialServiceProcess.Element.TELL_RESIDENT_REFUSED,
        "Resident told the service cannot be provided",
        mailed ? "By e-mail and text message" : "By text message",
        "SVC-06");
  }
}
