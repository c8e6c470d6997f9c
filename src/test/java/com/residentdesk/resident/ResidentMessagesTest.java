package com.residentdesk.resident;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Element.ASSIGN_HANDLER;
import static com.residentdesk.intake.ResidentRequestProcess.Element.CONFIRM_WITH_RESIDENT;
import static com.residentdesk.intake.ResidentRequestProcess.Element.FRONT_DESK_REVIEW;
import static com.residentdesk.intake.ResidentRequestProcess.Element.HANDLE_ON_SITE;
import static com.residentdesk.intake.ResidentRequestProcess.Element.RESOLUTION_OVERDUE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.ARRIVED_AT;
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
import com.residentdesk.casefile.ResidentLinks;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxSender;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HLP-08 through real mail (GreenMail) and the SMS port: the acknowledgement of a report made on
 * the residents' page carries a link that opens the case; when the expected completion is missed or
 * moves (rework), the resident is told with the new time, by e-mail and SMS. The engine's clock is
 * driven with ClockUtil and the deadline's timer fired.
 */
public class ResidentMessagesTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  private static final Pattern LINK = Pattern.compile("/r/#t=([A-Za-z0-9_-]{43})");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Autowired OutboxSender sender;
  @Autowired ResidentDesk desk;
  @Autowired ResidentLinks links;

  @BeforeEach
  void emptyTheOutbox() {
    sender.sendDue();
    smtp.reset();
  }

  @Test
  void theAcknowledgementMailAndSmsCarryALinkThatOpensTheCase_HLP08() throws Exception {
    ResidentDesk.Receipt receipt =
        desk.report(
            new ResidentReport(
                DeskFixture.PROPERTY_A,
                DeskFixture.UNIT_WITH_EMAIL,
                "王芳",
                "13800000502",
                "repair",
                "small",
                "厨房水龙头漏水",
                "厨房",
                "zh-CN"),
            List.of(),
            null);
    ServiceCase serviceCase = caseFiles.get(links.caseOf(receipt.token()).orElseThrow());

    sender.sendDue();

    String mail = body(mailAbout(receipt.caseNumber(), "已收到"));
    Matcher link = LINK.matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    assertThat(links.caseOf(link.group(1))).hasValue(serviceCase.getId());
    assertThat(mail).contains("请勿转发");
    OutboxMessage sms = onlyMessage(serviceCase.getId(), MessagePurpose.PROGRESS_LINK);
    assertThat(sms.getChannel()).isEqualTo(OutboxMessage.Channel.SMS);
    assertThat(sms.getRecipient()).isEqualTo("13800000502");
    assertThat(sms.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    Matcher smsLink = LINK.matcher(sms.getBody());
    assertThat(smsLink.find()).isTrue();
    assertThat(links.caseOf(smsLink.group(1))).hasValue(serviceCase.getId());
    // the link is the report's own case: a different token opens nothing
    assertThat(links.caseOf(smsLink.group(1).substring(1) + "A")).isEmpty();
  }

  @Test
  void aMissedCompletionIsToldToTheResidentByMailAndSms_HLP08() throws Exception {
    ProcessInstance pi = repairAssignedToTheEngineer();
    String due = MINUTE.format(clock(pi, "SVC-03", 0).getDueAt().atZone(SHANGHAI));

    advance(Duration.ofHours(25));
    fire(timer(pi, RESOLUTION_OVERDUE));
    sender.sendDue();

    String mail = body(mailAbout(caseOf(pi).getCaseNumber(), "处理时间有变"));
    assertThat(mail).contains("未能在预计时间 " + due + " 前完成", "主管已在跟进", "/r/#t=");
    OutboxMessage sms = onlyMessageOnSms(caseId(pi), MessagePurpose.PROGRESS_NOTICE);
    assertThat(sms.getBody()).contains("未能在预计时间");
  }

  @Test
  void reworkTellsTheResidentTheNewExpectedCompletion_HLP08() throws Exception {
    ProcessInstance pi = repairAssignedToTheEngineer();
    completeAs(
        "engineer",
        "engineering",
        pi,
        HANDLE_ON_SITE,
        variables(ARRIVED_AT.of(localNow()), HANDLING_NOTES.of("换垫圈"), RESULT.of("已修好")));
    advance(Duration.ofHours(2));

    completeAs(
        "clerk",
        "front-desk",
        pi,
        CONFIRM_WITH_RESIDENT,
        variables(FIXED.of(false), SATISFACTION.of("unsatisfied")));
    sender.sendDue();

    String newDue = MINUTE.format(clock(pi, "SVC-03", 1).getDueAt().atZone(SHANGHAI));
    String mail = body(mailAbout(caseOf(pi).getCaseNumber(), "处理时间有变"));
    assertThat(mail).contains("已重新安排处理，最新预计完成时间：" + newDue);
  }

  private ProcessInstance repairAssignedToTheEngineer() {
    ProcessInstance pi = submit(smallRepairByApp());
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
    return pi;
  }

  private MimeMessage mailAbout(String caseNumber, String subjectPart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(caseNumber) && subject(m).contains(subjectPart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No mail '" + subjectPart + "' about " + caseNumber));
  }

  private OutboxMessage onlyMessage(Long caseId, MessagePurpose purpose) {
    List<OutboxMessage> messages = outbox.findByCaseIdAndPurpose(caseId, purpose);
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private OutboxMessage onlyMessageOnSms(Long caseId, MessagePurpose purpose) {
    List<OutboxMessage> sms =
        outbox.findByCaseIdAndPurpose(caseId, purpose).stream()
            .filter(m -> m.getChannel() == OutboxMessage.Channel.SMS)
            .toList();
    assertThat(sms).hasSize(1);
    return sms.get(0);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(MimeMessage message) throws Exception {
    String raw = GreenMailUtil.getBody(message);
    return new String(
        MimeUtility.decode(
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)),
                message.getEncoding() == null ? "7bit" : message.getEncoding())
            .readAllBytes(),
        StandardCharsets.UTF_8);
  }
}
