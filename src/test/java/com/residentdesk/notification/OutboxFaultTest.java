package com.residentdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.residentdesk.support.ProcessTestSupport;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;

/**
 * A fault while the outbox is being delivered duplicates at most the message in flight (issue 21):
 * each message is sent and marked in a transaction of its own. Two senders on one database (two
 * nodes) never send the same message.
 */
public class OutboxFaultTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired OutboxSender sender;
  @Autowired Outbox outboxWriter;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired DeskClock clock;
  @Autowired DeskProperties properties;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ApplicationEventPublisher events;

  @BeforeEach
  void startWithAnEmptyQueue() {
    sender.sendDue();
    smtp.reset();
  }

  @Test
  void databaseFailingToCommitTheThirdMessageResendsOnlyThatMessage() throws Exception {
    List<Long> ids = enqueue(5);
    OutboxSender failingOnThirdCommit =
        node(mailSender, new CommitFailsOnce(transactionManager, 3));

    assertThatThrownBy(failingOnThirdCommit::sendDue)
        .isInstanceOf(TransactionSystemException.class);
    assertThat(deliveries()).containsOnlyKeys(messageIds(ids.subList(0, 3)));
    assertThat(statusOf(ids))
        .containsExactly(
            OutboxMessage.Status.SENT,
            OutboxMessage.Status.SENT,
            OutboxMessage.Status.PENDING,
            OutboxMessage.Status.PENDING,
            OutboxMessage.Status.PENDING);

    sender.sendDue(); // the node's next run

    Map<String, Long> delivered = deliveries();
    assertThat(delivered).containsOnlyKeys(messageIds(ids));
    assertThat(delivered.get(messageId(ids.get(2))))
        .as("the message in flight at the fault")
        .isEqualTo(2);
    assertThat(delivered.values().stream().filter(n -> n > 1)).hasSize(1);
    assertThat(statusOf(ids)).containsOnly(OutboxMessage.Status.SENT);
  }

  @Test
  void twoNodesSendingAtOnceSendEveryMessageOnce() throws Exception {
    List<Long> ids = enqueue(30);
    OutboxSender otherNode = node(mailSender, new SlowToCommit(transactionManager));
    OutboxSender thisNode = node(mailSender, new SlowToCommit(transactionManager));

    CompletableFuture.allOf(
            CompletableFuture.runAsync(otherNode::sendDue),
            CompletableFuture.runAsync(thisNode::sendDue))
        .get();

    Map<String, Long> delivered = deliveries();
    assertThat(delivered).containsOnlyKeys(messageIds(ids));
    assertThat(delivered.values()).containsOnly(1L);
    assertThat(statusOf(ids)).containsOnly(OutboxMessage.Status.SENT);
  }

  private List<Long> enqueue(int count) {
    String run = UUID.randomUUID().toString();
    List<Long> ids = new ArrayList<>();
    transaction.executeWithoutResult(
        status -> {
          for (int i = 0; i < count; i++) {
            ids.add(
                outboxWriter
                    .enqueue(
                        "fault-" + run + "-" + i,
                        null,
                        MessagePurpose.DEADLINE_BREACH,
                        "operator" + i + "@service-desk.example.com",
                        "Fault test " + i,
                        "Body " + i)
                    .getId());
          }
        });
    return ids;
  }

  private List<OutboxMessage.Status> statusOf(List<Long> ids) {
    return ids.stream().map(id -> outbox.findById(id).orElseThrow().getStatus()).toList();
  }

  /** Message-ID to the number of times GreenMail received it. */
  private static Map<String, Long> deliveries() {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(OutboxFaultTest::messageIdOf)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static String messageIdOf(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(Long id) {
    return "<outbox-" + id + "@resident-service-desk>";
  }

  private static String[] messageIds(List<Long> ids) {
    return ids.stream().map(OutboxFaultTest::messageId).toArray(String[]::new);
  }

  /**
   * A database a little slow to commit, so that two senders overlap (each holds its locked message
   * while the other looks for one).
   */
  private record SlowToCommit(PlatformTransactionManager real)
      implements PlatformTransactionManager {

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
      return real.getTransaction(definition);
    }

    @Override
    public void commit(TransactionStatus status) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      real.commit(status);
    }

    @Override
    public void rollback(TransactionStatus status) {
      real.rollback(status);
    }
  }

  /**
   * The database goes away at one commit: the SMTP server already has the message, the row's "sent"
   * is rolled back (as when PostgreSQL restarted in the resilience benchmark).
   */
  private static final class CommitFailsOnce implements PlatformTransactionManager {

    private final PlatformTransactionManager real;
    private final int failingCommit;
    private final AtomicInteger commits = new AtomicInteger();

    CommitFailsOnce(PlatformTransactionManager real, int failingCommit) {
      this.real = real;
      this.failingCommit = failingCommit;
    }

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
      return real.getTransaction(definition);
    }

    @Override
    public void commit(TransactionStatus status) {
      if (commits.incrementAndGet() == failingCommit) {
        real.rollback(status);
        throw new TransactionSystemException("Connection lost while committing (test)");
      }
      real.commit(status);
    }

    @Override
    public void rollback(TransactionStatus status) {
      real.rollback(status);
    }
  }

  /** A sender of its own, as another node (or a faulty one) would run it. */
  private OutboxSender node(
      org.springframework.mail.javamail.JavaMailSender mail,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    return new OutboxSender(
        outbox, mail, new LoggingSmsGateway(), clock, properties, transactions, events);
  }
}
