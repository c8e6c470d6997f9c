package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.Channel;
import com.residentdesk.casefile.Coded;
import com.residentdesk.casefile.ResidentLink;
import com.residentdesk.casefile.ResidentLinks;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * INT-04: a resident who phoned or walked in was told on the spot; anyone else with an e-mail
 * address gets an acknowledgement through the outbox. Without either, the 1-hour timer escalates to
 * the supervisor, who has the resident called. HLP-08: every resident also gets a text message with
 * a link to follow the case on the residents' page; the e-mail carries the same link.
 */
@Component("acknowledgeReceiptDelegate")
class AcknowledgeReceiptDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final ResidentMail mail;
  private final Deadlines deadlines;
  private final ResidentLinks links;

  AcknowledgeReceiptDelegate(
      CaseFiles caseFiles, ResidentMail mail, Deadlines deadlines, ResidentLinks links) {
    this.caseFiles = caseFiles;
    this.mail = mail;
    this.deadlines = deadlines;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    Long caseId = serviceCase.getId();
    boolean inPerson =
        Coded.fromCode(Channel.class, serviceCase.getRequest().channel())
            .map(Channel::isInPerson)
            .orElse(false);
    String step = ResidentRequestProcess.Element.ACKNOWLEDGE_RECEIPT;
    String link = links.issueUrl(caseId, ResidentLink.IssuedFor.ACKNOWLEDGEMENT);
    mail.sendSms(serviceCase, MessagePurpose.PROGRESS_LINK, "progressLink", "progress-link", link);
    if (inPerson) {
      serviceCase.acknowledgeInPerson();
      deadlines.meet(caseId, Rules.INT_04);
      caseFiles.record(caseId, step, "Receipt acknowledged in person", null, Rules.INT_04);
    } else if (mail.send(
        serviceCase, MessagePurpose.ACKNOWLEDGEMENT, "acknowledgement", "acknowledgement", link)) {
      caseFiles.record(caseId, step, "Acknowledgement e-mail queued", null, Rules.INT_04);
    } else {
      caseFiles.record(
          caseId, step, "No e-mail on file: the resident must be called", null, Rules.INT_04);
    }
  }
}
