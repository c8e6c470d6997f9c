package com.residentdesk.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The SMTP connection of one outbox run: the messages of the run go over one connection instead of
 * one each. {@link JavaMailSender#send} connects, greets, sends and quits for every message, and
 * with a write timeout set Jakarta Mail also starts a thread for every connection: in the timer
 * storm that was a thread and a TCP handshake per breach e-mail. Each message is still locked, sent
 * and marked in its own transaction ({@link OutboxSender}); only the connection outlives them.
 *
 * <p>The connection is renewed every {@value #MESSAGES_PER_CONNECTION} messages (servers limit what
 * one connection may send). A send that fails on a connection already used sends once more on a new
 * one: the server may have closed it while it sat idle between two messages. A sender that is not
 * Spring's {@link JavaMailSenderImpl} sends each message its own way.
 */
final class MailConnection implements AutoCloseable {

  static final int MESSAGES_PER_CONNECTION = 100;

  private static final Logger log = LoggerFactory.getLogger(MailConnection.class);

  private final JavaMailSender sender;
  private Transport transport;
  private int sent;

  MailConnection(JavaMailSender sender) {
    this.sender = sender;
  }

  void send(MimeMessage message) throws MessagingException {
    if (!(sender instanceof JavaMailSenderImpl smtp)) {
      sender.send(message);
      return;
    }
    prepare(message);
    Address[] recipients = message.getAllRecipients();
    int sentBefore = sent;
    try {
      connected(smtp).sendMessage(message, recipients);
    } catch (MessagingException e) {
      close();
      if (sentBefore == 0) {
        throw e;
      }
      log.debug("SMTP connection failed after {} messages; sending on a new one", sentBefore);
      connected(smtp).sendMessage(message, recipients);
    }
    if (++sent >= MESSAGES_PER_CONNECTION) {
      close();
    }
  }

  /** What {@link JavaMailSenderImpl} does before it hands a message to its transport. */
  private static void prepare(MimeMessage message) throws MessagingException {
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    String messageId = message.getMessageID();
    message.saveChanges();
    if (messageId != null) {
      message.setHeader("Message-ID", messageId); // saveChanges() makes up a new one
    }
  }

  private Transport connected(JavaMailSenderImpl smtp) throws MessagingException {
    if (transport == null) {
      String protocol = StringUtils.hasLength(smtp.getProtocol()) ? smtp.getProtocol() : "smtp";
      Transport fresh = smtp.getSession().getTransport(protocol);
      fresh.connect(
          smtp.getHost(),
          smtp.getPort(),
          StringUtils.hasLength(smtp.getUsername()) ? smtp.getUsername() : null,
          StringUtils.hasLength(smtp.getPassword()) ? smtp.getPassword() : null);
      transport = fresh;
    }
    return transport;
  }

  /** Quits the connection; a server that went away meanwhile is no error, its messages are sent. */
  @Override
  public void close() {
    if (transport == null) {
      return;
    }
    try {
      transport.close();
    } catch (MessagingException e) {
      log.debug("SMTP connection closed with {}", e.getClass().getSimpleName());
    }
    transport = null;
    sent = 0;
  }
}
