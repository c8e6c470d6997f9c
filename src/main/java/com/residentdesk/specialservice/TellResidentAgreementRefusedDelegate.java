package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SVC-08 (with SVC-06's rule that a refused resident is told why): the department head refused the
 * long-term agreement; the resident is told the service and the head's reason, by e-mail when the
 * case has an address and by text message to the phone it was registered with, through the outbox
 * in this transaction.
 */
@Component("tellResidentAgreementRefusedDelegate")
class TellResidentAgreementRefusedDelegate implements JavaDelegate {

  static final String TEMPLATE = "specialServiceAgreementRefused";

  private final Agreements agreements;
  private final CaseFiles caseFiles;
  private final ResidentMail mail;

  TellResidentAgreementRefusedDelegate(
      Agreements agreements, CaseFiles caseFiles, ResidentMail mail) {
    this.agreements = agreements;
    this.caseFiles = caseFiles;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    Agreement agreement = agreements.of(serviceCase.getId());
    boolean english = "en".equalsIgnoreCase(serviceCase.getRequest().language());
    Object[] extra = {
      english ? agreement.getServiceNameEn() : agreement.getServiceNameZh(),
      agreement.getApprovalNote()
    };
    boolean mailed =
        mail.send(
            serviceCase, MessagePurpose.SPECIAL_SERVICE, TEMPLATE, "agreement-refused", extra);
    mail.sendSms(serviceCase, MessagePurpose.SPECIAL_SERVICE, TEMPLATE, "agreement-refused", extra);
    caseFiles.record(
        serviceCase.getId(),
        SpecialServiceAgreementProcess.Element.TELL_RESIDENT_REFUSED,
        "Resident told the agreement was refused",
        mailed ? "By e-mail and text message" : "By text message",
        "SVC-08");
  }
}
