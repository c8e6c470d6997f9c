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
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
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
 * nodes) never send the same message. The e-mails of one run share one SMTP connection, and a
 * connection the server drops between two messages loses none of them (counted by a TCP relay in
 * front of GreenMail).
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

  private Relay relay;

  @BeforeEach
  void startWithAnEmptyQueue() throws IOException {
    sender.sendDue();
    smtp.reset();
    relay = new Relay(SMTP_PORT);
  }

  @AfterEach
  void stopTheRelay() {
    relay.close();
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

  @Test
  void oneRunSendsItsMessagesOverOneConnection() throws Exception {
    List<Long> ids = enqueue(30);

    node(viaRelay(), transactionManager).sendDue();

    assertThat(deliveries()).containsOnlyKeys(messageIds(ids)).values().containsOnly(1L);
    assertThat(statusOf(ids)).containsOnly(OutboxMessage.Status.SENT);
    assertThat(relay.connections()).isEqualTo(1);
  }

  @Test
  void aRunRenewsItsConnectionAfterAHundredMessages() throws Exception {
    List<Long> ids = enqueue(MailConnection.MESSAGES_PER_CONNECTION + 20);

    node(viaRelay(), transactionManager).sendDue();

    assertThat(deliveries()).containsOnlyKeys(messageIds(ids)).values().containsOnly(1L);
    assertThat(relay.connections()).isEqualTo(2);
  }

  @Test
  void aConnectionDroppedBetweenTwoMessagesIsReplacedAndNoMessageIsLostOrFailed() throws Exception {
    List<Long> ids = enqueue(5);
    PlatformTransactionManager dropsAfterSecondCommit =
        new AfterCommit(transactionManager, 2, relay::dropConnections);

    node(viaRelay(), dropsAfterSecondCommit).sendDue();

    assertThat(deliveries()).containsOnlyKeys(messageIds(ids)).values().containsOnly(1L);
    assertThat(statusOf(ids)).containsOnly(OutboxMessage.Status.SENT);
    assertThat(relay.connections()).isEqualTo(2);
  }

  @Test
  void aServerThatRefusesConnectionsLeavesTheMessagesPendingForTheNextRun() throws Exception {
    List<Long> ids = enqueue(3);
    relay.close();

    node(viaRelay(), transactionManager).sendDue();

    assertThat(statusOf(ids)).containsOnly(OutboxMessage.Status.PENDING);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private JavaMailSenderImpl viaRelay() {
    JavaMailSenderImpl viaRelay = new JavaMailSenderImpl();
    viaRelay.setHost("127.0.0.1");
    viaRelay.setPort(relay.port());
    return viaRelay;
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

  /** The real transaction manager, with something of a test's own at each commit. */
  private abstract static class AtCommit implements PlatformTransactionManager {

    final PlatformTransactionManager real;
    final AtomicInteger commits = new AtomicInteger();

    AtCommit(PlatformTransactionManager real) {
      this.real = real;
    }

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
      return real.getTransaction(definition);
    }

    @Override
    public void rollback(TransactionStatus status) {
      real.rollback(status);
    }
  }

  /**
   * A database a little slow to commit, so that two senders overlap (each holds its locked message
   * while the other looks for one).
   */
  private static final class SlowToCommit extends AtCommit {

    SlowToCommit(PlatformTransactionManager real) {
      super(real);
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
  }

  /**
   * The database goes away at one commit: the SMTP server already has the message, the row's "sent"
   * is rolled back (as when PostgreSQL restarted in the resilience benchmark).
   */
  private static final class CommitFailsOnce extends AtCommit {

    private final int failingCommit;

    CommitFailsOnce(PlatformTransactionManager real, int failingCommit) {
      super(real);
      this.failingCommit = failingCommit;
    }

    @Override
    public void commit(TransactionStatus status) {
      if (commits.incrementAndGet() == failingCommit) {
        real.rollback(status);
        throw new TransactionSystemException("Connection lost while committing (test)");
      }
      real.commit(status);
    }
  }

  /** Runs an action once, right after the n-th commit (the server dropping an idle connection). */
  private static final class AfterCommit extends AtCommit {

    private final int commit;
    private final Runnable action;

    AfterCommit(PlatformTransactionManager real, int commit, Runnable action) {
      super(real);
      this.commit = commit;
      this.action = action;
    }

    @Override
    public void commit(TransactionStatus status) {
      real.commit(status);
      if (commits.incrementAndGet() == commit) {
        action.run();
      }
    }
  }

  /** A TCP relay to the SMTP server that counts the connections it accepted and can drop them. */
  private static final class Relay implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    Relay(int target) throws IOException {
      this.target = target;
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      threads.submit(this::accept);
    }

    int port() {
      return server.getLocalPort();
    }

    int connections() {
      return accepted.get();
    }

    void dropConnections() {
      open.forEach(Relay::closeQuietly);
      open.clear();
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
          accepted.incrementAndGet();
          open.add(client);
          open.add(upstream);
          threads.submit(() -> pump(client, upstream));
          threads.submit(() -> pump(upstream, client));
        } catch (IOException closed) {
          return;
        }
      }
    }

    private static void pump(Socket from, Socket to) {
      try {
        from.getInputStream().transferTo(to.getOutputStream());
      } catch (IOException dropped) {
        // the other side went away: close both below
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already closed
      }
    }

    @Override
    public void close() {
      try {
        server.close();
      } catch (IOException ignored) {
        // already closed
      }
      dropConnections();
      threads.shutdownNow();
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
