package com.residentdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The e-mails of one outbox run share one SMTP connection, and a connection the server drops
 * between two messages loses none of them. Counted by a TCP relay in front of GreenMail.
 */
public class OutboxConnectionTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired OutboxSender sender;
  @Autowired Outbox outboxWriter;
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
  void oneRunSendsItsMessagesOverOneConnection() throws Exception {
    List<Long> ids = enqueue(30);

    node(transactionManager).sendDue();

    assertThat(deliveries()).containsOnlyKeys(messageIds(ids)).values().containsOnly(1L);
    assertThat(statusOf(ids)).containsOnly(OutboxMessage.Status.SENT);
    assertThat(relay.connections()).isEqualTo(1);
  }

  @Test
  void aRunRenewsItsConnectionAfterAHundredMessages() throws Exception {
    List<Long> ids = enqueue(MailConnection.MESSAGES_PER_CONNECTION + 20);

    node(transactionManager).sendDue();

    assertThat(deliveries()).containsOnlyKeys(messageIds(ids)).values().containsOnly(1L);
    assertThat(relay.connections()).isEqualTo(2);
  }

  @Test
  void aConnectionDroppedBetweenTwoMessagesIsReplacedAndNoMessageIsLostOrFailed() throws Exception {
    List<Long> ids = enqueue(5);
    PlatformTransactionManager dropsAfterSecondCommit =
        new AfterCommit(transactionManager, 2, relay::dropConnections);

    node(dropsAfterSecondCommit).sendDue();

    assertThat(deliveries()).containsOnlyKeys(messageIds(ids)).values().containsOnly(1L);
    assertThat(statusOf(ids)).containsOnly(OutboxMessage.Status.SENT);
    assertThat(relay.connections()).isEqualTo(2);
  }

  @Test
  void aServerThatRefusesConnectionsLeavesTheMessagesPendingForTheNextRun() throws Exception {
    List<Long> ids = enqueue(3);
    relay.close();

    node(transactionManager).sendDue();

    assertThat(statusOf(ids)).containsOnly(OutboxMessage.Status.PENDING);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private OutboxSender node(PlatformTransactionManager transactions) {
    JavaMailSenderImpl viaRelay = new JavaMailSenderImpl();
    viaRelay.setHost("127.0.0.1");
    viaRelay.setPort(relay.port());
    return new OutboxSender(
        outbox, viaRelay, new LoggingSmsGateway(), clock, properties, transactions, events);
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
                        "connection-" + run + "-" + i,
                        null,
                        MessagePurpose.DEADLINE_BREACH,
                        "operator" + i + "@service-desk.example.com",
                        "Connection test " + i,
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
        .map(OutboxConnectionTest::messageIdOf)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static String messageIdOf(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] messageIds(List<Long> ids) {
    return ids.stream()
        .map(id -> "<outbox-" + id + "@resident-service-desk>")
        .toArray(String[]::new);
  }

  /** Runs an action once, right after the n-th commit (the server dropping an idle connection). */
  private static final class AfterCommit implements PlatformTransactionManager {

    private final PlatformTransactionManager real;
    private final int commit;
    private final Runnable action;
    private final AtomicInteger commits = new AtomicInteger();

    AfterCommit(PlatformTransactionManager real, int commit, Runnable action) {
      this.real = real;
      this.commit = commit;
      this.action = action;
    }

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
      return real.getTransaction(definition);
    }

    @Override
    public void commit(TransactionStatus status) {
      real.commit(status);
      if (commits.incrementAndGet() == commit) {
        action.run();
      }
    }

    @Override
    public void rollback(TransactionStatus status) {
      real.rollback(status);
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
}
