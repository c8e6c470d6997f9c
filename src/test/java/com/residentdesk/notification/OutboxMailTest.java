package com.residentdesk.notification;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Element.*;
import static com.residentdesk.intake.ResidentRequestProcess.Field.ARRIVED_AT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.FEEDBACK_METHOD;
import static com.residentdesk.intake.ResidentRequestProcess.Field.HANDLING_NOTES;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESULT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SATISFACTION;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.FIXED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.support.ProcessTestSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Resident e-mails go through the outbox to a real SMTP server (GreenMail), once each. */
public class OutboxMailTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired OutboxSender sender;

  @BeforeEach
  void deliverWhatEarlierTestsLeft() {
    // other test classes share the database: start each test with an empty outbox queue
    sender.sendDue();
    smtp.reset();
  }

  private List<MimeMessage> mailTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  private static String recipients(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void acknowledgementReachesTheResidentInChinese_INT04() throws Exception {
    ProcessInstance pi = submit(smallRepairByApp());
    ServiceCase serviceCase = caseOf(pi);

    sender.sendDue();

    List<MimeMessage> received = mailTo("wang.fang@example.com");
    assertThat(received).hasSize(1);
    assertThat(subject(received.get(0)))
        .isEqualTo("【物业服务中心】已收到您的报修（编号 " + serviceCase.getCaseNumber() + "）");
    assertThat(GreenMailUtil.getBody(received.get(0))).isNotBlank();
    assertThat(received.get(0).getHeader("Message-ID")[0]).startsWith("<outbox-");
    assertThat(outbox.findByCaseIdAndPurpose(serviceCase.getId(), MessagePurpose.ACKNOWLEDGEMENT))
        .singleElement()
        .satisfies(m -> assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.SENT));
  }

  @Test
  void englishHouseholdIsWrittenToInEnglish_INT04() {
    ProcessInstance pi = submit(request("app", "3-0808", "repair", "small"));

    sender.sendDue();

    assertThat(mailTo("emily.carter@example.com"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(subject(m))
                    .isEqualTo(
                        "[Service Centre] We have received your repair request (case "
                            + caseOf(pi).getCaseNumber()
                            + ")"));
  }

  @Test
  void failedDeliveryIsRetriedAndSentExactlyOnce_HLP07() {
    smtp.stop();
    ProcessInstance pi = submit(smallRepairByApp());
    Long caseId = caseId(pi);

    sender.sendDue();

    OutboxMessage pending =
        outbox.findByCaseIdAndPurpose(caseId, MessagePurpose.ACKNOWLEDGEMENT).get(0);
    assertThat(pending.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
    assertThat(pending.getAttempts()).isEqualTo(1);
    assertThat(pending.getLastError()).doesNotContain("wang.fang");
    assertThat(pending.getNextAttemptAt()).isEqualTo(now().plus(Duration.ofMinutes(1)));

    smtp.start();
    sender.sendDue(); // not due yet: nothing is sent
    assertThat(mailTo("wang.fang@example.com")).isEmpty();

    advance(Duration.ofMinutes(1));
    sender.sendDue();
    sender.sendDue();

    assertThat(mailTo("wang.fang@example.com")).hasSize(1);
    OutboxMessage sent = outbox.findById(pending.getId()).orElseThrow();
    assertThat(sent.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    assertThat(sent.getAttempts()).isEqualTo(2);
  }

  @Test
  void writtenFeedbackIsQueuedWithTheTaskAndCarriesTheResult_HLP07() {
    ProcessInstance pi = submit(smallRepairByApp());
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
    completeAs(
        "engineer",
        "engineering",
        pi,
        HANDLE_ON_SITE,
        variables(ARRIVED_AT.of(localNow()), HANDLING_NOTES.of("New washer"), RESULT.of("水龙头已修好")));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        CONFIRM_WITH_RESIDENT,
        variables(FIXED.of(true), SATISFACTION.of("satisfied")));
    completeAs(
        "clerk", "front-desk", pi, SEND_WRITTEN_FEEDBACK, variables(FEEDBACK_METHOD.of("email")));

    sender.sendDue();

    List<MimeMessage> received = mailTo("wang.fang@example.com");
    assertThat(received)
        .extracting(OutboxMailTest::subject)
        .anySatisfy(s -> assertThat(s).contains("已处理完毕", caseOf(pi).getCaseNumber()));
    MimeMessage feedback =
        received.stream().filter(m -> subject(m).contains("已处理完毕")).findFirst().orElseThrow();
    assertThat(GreenMailUtil.getBody(feedback)).isNotBlank();
    assertThat(outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.WRITTEN_FEEDBACK))
        .hasSize(1);
  }

  @Test
  void mailNamesItsStreamProviderInsteadOfSearchingTheClassPathForEachMessage() {
    // set when the sender class loads; without it Jakarta Mail runs a ServiceLoader over the whole
    // class path for every header it encodes
    assertThat(System.getProperty(StreamProvider.class.getName()))
        .isEqualTo(MailStreamProvider.class.getName());
    assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
  }
}
