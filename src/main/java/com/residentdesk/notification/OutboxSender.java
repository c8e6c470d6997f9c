package com.residentdesk.notification;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.time.Instant;
import java.util.List;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbox messages one at a time: each is locked (SKIP LOCKED where supported, so two nodes
 * never send the same row), sent and marked in a transaction of its own. A fault between the SMTP
 * server accepting a message and the commit (the database restarting, the JVM killed) therefore
 * sends again only the message that was in flight, never a batch: one transaction for a batch of 20
 * duplicated all 20 when PostgreSQL restarted (issue 21). Delivery stays at least once; the
 * Message-ID is derived from the row, so a receiving server can drop even that one duplicate. A
 * failed delivery stays pending and is retried with back-off. The e-mails of one run share an SMTP
 * connection ({@link MailConnection}).
 */
@Component
public class OutboxSender {

  private static final int MAX_BATCHES_PER_RUN = 50;

  static {
    // Jakarta Mail looks up its stream provider for every header and body part it encodes, by
    // default with a ServiceLoader over the whole class path (jakartaee/mail-api#861): in the
    // packaged jar that was 38 % of the outbox's CPU in the timer storm. Its documented system
    // property names the provider instead; an operator's own setting is left alone.
    if (System.getProperty(StreamProvider.class.getName()) == null) {
      System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }
  }

  private final OutboxRepository messages;
  private final JavaMailSender mailSender;
  private final SmsGateway sms;
  private final DeskClock clock;
  private final DeskProperties properties;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;

  public OutboxSender(
      OutboxRepository messages,
      JavaMailSender mailSender,
      SmsGateway sms,
      DeskClock clock,
      DeskProperties properties,
      PlatformTransactionManager transactionManager,
      ApplicationEventPublisher events) {
    this.messages = messages;
    this.mailSender = mailSender;
    this.sms = sms;
    this.clock = clock;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactionManager);
    this.events = events;
  }

  /**
   * Sends due messages until none is due, or until a batch's worth failed in a row (the SMTP server
   * is down: the next poll tries again), at most {@value #MAX_BATCHES_PER_RUN} batches per run.
   */
  public void sendDue() {
    int batchSize = properties.outbox().batchSize();
    int failedInARow = 0;
    try (MailConnection mail = new MailConnection(mailSender)) {
      for (int i = 0; i < batchSize * MAX_BATCHES_PER_RUN; i++) {
        Attempt attempt = transaction.execute(status -> sendNext(mail));
        if (attempt == null || attempt == Attempt.NONE_DUE) {
          return;
        }
        failedInARow = attempt == Attempt.SENT ? 0 : failedInARow + 1;
        if (failedInARow >= batchSize) {
          return;
        }
      }
    }
  }

  private Attempt sendNext(MailConnection mail) {
    Instant now = clock.now();
    List<OutboxMessage> due = messages.lockDue(now, Limit.of(1));
    if (due.isEmpty()) {
      return Attempt.NONE_DUE;
    }
    return deliver(due.get(0), mail, now) ? Attempt.SENT : Attempt.FAILED;
  }

  private boolean deliver(OutboxMessage message, MailConnection mail, Instant now) {
    try {
      if (message.getChannel() == OutboxMessage.Channel.SMS) {
        sms.send("outbox-" + message.getId(), message.getRecipient(), message.getBody());
      } else {
        mail.send(toMime(message));
      }
      message.markSent(now);
      events.publishEvent(MailDelivery.of(message, null));
      return true;
    } catch (MailException | MessagingException | SmsGateway.SmsFailure e) {
      DeskProperties.Outbox config = properties.outbox();
      // the exception text can contain the recipient address: only its type is kept and logged
      String error = e.getClass().getSimpleName();
      message.markFailed(now, error, config.retryBase(), config.retryMax());
      events.publishEvent(MailDelivery.of(message, error));
      return false;
    }
  }

  private MimeMessage toMime(OutboxMessage message) throws MessagingException {
    MimeMessage mime = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
    helper.setFrom(properties.mail().from());
    helper.setTo(message.getRecipient());
    helper.setSubject(message.getSubject());
    helper.setText(message.getBody());
    mime.setHeader("Message-ID", "<outbox-" + message.getId() + "@resident-service-desk>");
    return mime;
  }

  private enum Attempt {
    SENT,
    FAILED,
    NONE_DUE
  }
}
