package com.residentdesk.intake;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseIds;
import com.residentdesk.casefile.Channel;
import com.residentdesk.casefile.Coded;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.Outbox;
import com.residentdesk.notification.ResidentMessages;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * INT-04: a resident who phoned or walked in was told on the spot; anyone else with an e-mail
 * address gets an acknowledgement through the outbox. Without either, the 1-hour timer escalates
 * to the supervisor, who has the resident called.
 */
@Component("acknowledgeReceiptDelegate")
public class AcknowledgeReceiptDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final Outbox outbox;
  private final ResidentMessages messages;
  private final Deadlines deadlines;

  public AcknowledgeReceiptDelegate(
      CaseFiles caseFiles, Outbox outbox, ResidentMessages messages, Deadlines deadlines) {
    this.caseFiles = caseFiles;
    this.outbox = outbox;
    this.messages = messages;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CaseIds.required(execution));
    Long caseId = serviceCase.getId();
    boolean inPerson =
        Coded.fromCode(Channel.class, serviceCase.getChannel()).map(Channel::isInPerson).orElse(false);
    String step = ResidentRequestProcess.Element.ACKNOWLEDGE_RECEIPT;
    if (inPerson) {
      serviceCase.acknowledgeInPerson();
      deadlines.meet(caseId, Rules.INT_04);
      caseFiles.record(caseId, step, "Receipt acknowledged in person", null, Rules.INT_04);
    } else if (serviceCase.getEmail() != null) {
      ResidentMessages.Message message = messages.acknowledgement(serviceCase);
      outbox.enqueue(
          "acknowledgement-" + caseId,
          caseId,
          MessagePurpose.ACKNOWLEDGEMENT,
          serviceCase.getEmail(),
          message.subject(),
          message.body());
      caseFiles.record(caseId, step, "Acknowledgement e-mail queued", null, Rules.INT_04);
    } else {
      caseFiles.record(
          caseId, step, "No e-mail on file: the resident must be called", null, Rules.INT_04);
    }
  }
}
