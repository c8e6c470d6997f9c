package com.residentdesk.intake;

import static com.residentdesk.intake.ResidentRequestProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** INT-04, one hour after intake: was the resident told, in person or by a delivered e-mail? */
@Component("checkAcknowledgementDelegate")
class CheckAcknowledgementDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final OutboxRepository outbox;
  private final Deadlines deadlines;

  CheckAcknowledgementDelegate(CaseFiles caseFiles, OutboxRepository outbox, Deadlines deadlines) {
    this.caseFiles = caseFiles;
    this.outbox = outbox;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    DeadlineClock clock = deadlines.clockFor(serviceCase.getId(), Rules.INT_04);
    Optional<Instant> deliveredAt =
        outbox.findByCaseIdAndPurpose(serviceCase.getId(), MessagePurpose.ACKNOWLEDGEMENT).stream()
            .map(OutboxMessage::getSentAt)
            .filter(sentAt -> sentAt != null && !sentAt.isAfter(clock.getDueAt()))
            .findFirst();
    deliveredAt.ifPresent(at -> deadlines.meetAt(serviceCase.getId(), Rules.INT_04, at));
    boolean acknowledged = serviceCase.isAcknowledgedInPerson() || deliveredAt.isPresent();
    ResidentRequestProcess.Var.ACKNOWLEDGED.setLocal(execution, acknowledged);
  }
}
