package com.residentdesk.notification;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbox messages. Each batch is locked, sent and marked in one transaction, so two nodes
 * never send the same row; a failed delivery stays pending and is retried with back-off. The
 * Message-ID is derived from the row, so a receiving server can drop the duplicate that a crash
 * between "sent" and "commit" could produce.
 */
@Component
public class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int MAX_BATCHES_PER_RUN = 50;

  private final OutboxRepository messages;
  private final JavaMailSender mailSender;
  private final DeskClock clock;
  private final DeskProperties properties;
  private final TransactionTemplate transaction;

  public OutboxSender(
      OutboxRepository messages,
      JavaMailSender mailSender,
      DeskClock clock,
      DeskProperties properties,
      PlatformTransactionManager transactionManager) {
    this.messages = messages;
    this.mailSender = mailSender;
    this.clock = clock;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** Sends every due message, batch by batch; a batch that makes no progress ends the run. */
  public void sendDue() {
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      BatchResult result = transaction.execute(status -> sendBatch());
      if (result == null
          || result.sent() == 0
          || result.locked() < properties.outbox().batchSize()) {
        return;
      }
    }
  }

  private BatchResult sendBatch() {
    Instant now = clock.now();
    List<OutboxMessage> due = messages.lockDue(now, Limit.of(properties.outbox().batchSize()));
    int sent = 0;
    for (OutboxMessage message : due) {
      if (deliver(message, now)) {
        sent++;
      }
    }
    return new BatchResult(due.size(), sent);
  }

  private boolean deliver(OutboxMessage message, Instant now) {
    try {
      mailSender.send(toMime(message));
      message.markSent(now);
      return true;
    } catch (MailException | MessagingException e) {
      DeskProperties.Outbox config = properties.outbox();
      // the exception text can contain the recipient address: only its type is kept and logged
      String error = e.getClass().getSimpleName();
      message.markFailed(now, error, config.retryBase(), config.retryMax());
      log.warn(
          "Outbox message {} not delivered (attempt {}): {}; next attempt at {}",
          message.getId(),
          message.getAttempts(),
          error,
          message.getNextAttemptAt());
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

  private record BatchResult(int locked, int sent) {}
}
