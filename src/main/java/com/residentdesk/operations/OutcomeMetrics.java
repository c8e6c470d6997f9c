package com.residentdesk.operations;

import com.residentdesk.casefile.CaseRegistered;
import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.Channel;
import com.residentdesk.casefile.Coded;
import com.residentdesk.notification.MailDelivery;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.sla.DeadlineMet;
import com.residentdesk.sla.DeadlineMissed;
import com.residentdesk.sla.Rules;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts what happened to requests on this node: cases registered, deadlines met and missed, mails
 * sent and failed. Counted after the commit, so a rolled-back step (a timer job retried after a
 * crash) is counted once. Tags take values from closed lists only (codes of the category, channel,
 * rule and message purpose; anything else is {@code other}), never a case number or a person.
 */
@Component
class OutcomeMetrics {

  static final String OTHER = "other";
  private static final List<String> CATEGORIES = Coded.codes(Category.class);
  private static final List<String> CHANNELS = Coded.codes(Channel.class);

  private final MeterRegistry registry;

  OutcomeMetrics(MeterRegistry registry) {
    this.registry = registry;
    // every series exists from the start at 0: rate() and increase() then see the first event
    CATEGORIES.forEach(category -> CHANNELS.forEach(channel -> registered(category, channel)));
    for (String rule : Rules.ALL) {
      met(rule);
      missed(rule);
    }
    for (MessagePurpose purpose : MessagePurpose.values()) {
      mail("desk.mail.sent", purpose);
      mail("desk.mail.failures", purpose);
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CaseRegistered event) {
    registered(event.category(), event.channel()).increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(DeadlineMet event) {
    met(event.ruleId()).increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(DeadlineMissed event) {
    missed(event.ruleId()).increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(MailDelivery event) {
    mail(event.failed() ? "desk.mail.failures" : "desk.mail.sent", event.purpose()).increment();
  }

  private Counter registered(String category, String channel) {
    return Counter.builder("desk.cases.registered")
        .description("Cases registered on this node, by category and intake channel")
        .tag("category", bounded(category, CATEGORIES))
        .tag("channel", bounded(channel, CHANNELS))
        .register(registry);
  }

  private Counter met(String rule) {
    return Counter.builder("desk.deadlines.met")
        .description("Deadlines whose work was done in time, by SOP rule")
        .tag("rule", bounded(rule, Rules.ALL))
        .register(registry);
  }

  private Counter missed(String rule) {
    return Counter.builder("desk.deadlines.missed")
        .description("Deadlines missed and escalated, by SOP rule")
        .tag("rule", bounded(rule, Rules.ALL))
        .register(registry);
  }

  private Counter mail(String name, MessagePurpose purpose) {
    return Counter.builder(name)
        .description(
            name.endsWith("failures")
                ? "Outbox delivery attempts the SMTP server refused or could not take"
                : "Outbox messages handed to the SMTP server")
        .tag("purpose", purpose == null ? OTHER : purpose.name().toLowerCase())
        .register(registry);
  }

  static String bounded(String value, List<String> known) {
    return known.contains(value) ? value : OTHER;
  }
}
