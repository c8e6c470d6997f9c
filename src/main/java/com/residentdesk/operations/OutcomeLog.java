package com.residentdesk.operations;

import com.residentdesk.casefile.CaseRegistered;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.notification.MailDelivery;
import com.residentdesk.sla.DeadlineMissed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One log line per outcome an operator follows a case by: registered, deadline missed, mail not
 * delivered. Each carries the case number and codes as key-value pairs, which the structured (JSON)
 * console of the {@code json-logs} profile writes as fields; the message repeats them for the plain
 * console. Never a name, phone number, address or message text (INT-06). Written after the commit,
 * so a line means it happened.
 */
@Component
class OutcomeLog {

  private static final Logger log = LoggerFactory.getLogger(OutcomeLog.class);

  private final ServiceCaseRepository cases;

  OutcomeLog(ServiceCaseRepository cases) {
    this.cases = cases;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CaseRegistered event) {
    log.atInfo()
        .setMessage("Case {} registered: category {}, channel {}")
        .addArgument(event.caseNumber())
        .addArgument(event.category())
        .addArgument(event.channel())
        .addKeyValue("event", "case.registered")
        .addKeyValue("caseNumber", event.caseNumber())
        .addKeyValue("category", event.category())
        .addKeyValue("channel", event.channel())
        .log();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(DeadlineMissed event) {
    log.atWarn()
        .setMessage("Case {} missed deadline {} (due {}); escalated to {}")
        .addArgument(event.caseNumber())
        .addArgument(event.ruleId())
        .addArgument(event.dueAt())
        .addArgument(event.escalatedTo())
        .addKeyValue("event", "deadline.missed")
        .addKeyValue("caseNumber", event.caseNumber())
        .addKeyValue("rule", event.ruleId())
        .addKeyValue("dueAt", event.dueAt())
        .addKeyValue("escalatedTo", event.escalatedTo())
        .log();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(MailDelivery event) {
    if (!event.failed()) {
      return;
    }
    String caseNumber =
        event.caseId() == null ? null : cases.findCaseNumberById(event.caseId()).orElse(null);
    log.atWarn()
        .setMessage("Mail {} for case {} not delivered (attempt {}): {}; next attempt at {}")
        .addArgument(event.messageId())
        .addArgument(caseNumber)
        .addArgument(event.attempt())
        .addArgument(event.error())
        .addArgument(event.nextAttemptAt())
        .addKeyValue("event", "mail.failed")
        .addKeyValue("caseNumber", caseNumber)
        .addKeyValue("outboxMessage", event.messageId())
        .addKeyValue("purpose", event.purpose())
        .addKeyValue("attempt", event.attempt())
        .addKeyValue("error", event.error())
        .addKeyValue("nextAttemptAt", event.nextAttemptAt())
        .log();
  }
}
