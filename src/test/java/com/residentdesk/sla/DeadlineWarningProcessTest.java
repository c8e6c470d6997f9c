package com.residentdesk.sla;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Element.ASSIGN_HANDLER;
import static com.residentdesk.intake.ResidentRequestProcess.Element.DISPATCH_OVERDUE;
import static com.residentdesk.intake.ResidentRequestProcess.Element.FRONT_DESK_REVIEW;
import static com.residentdesk.intake.ResidentRequestProcess.Element.RESPOND_WITH_PLAN;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static com.residentdesk.sla.DeadlinePauseProcess.Element.RESUME_DEADLINES;
import static com.residentdesk.sla.DeadlinePauseProcess.Field.RESUME_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxSender;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Warnings before a breach (issue 14) at 50 % and 80 % of a deadline, to the exact second, in the
 * property's time zone: the task's group (unassigned) or assignee is reminded in Tasklist, the
 * assignee by e-mail; the last warning tells the resident the deadline is at risk (HLP-08); none
 * for a met or paused deadline, and a resumed deadline's warnings move with it.
 */
public class DeadlineWarningProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired DeadlineWarnings warnings;
  @Autowired DeadlinePauses pauses;
  @Autowired OutboxSender sender;

  @BeforeEach
  void warnWhatEarlierTestsLeft() {
    // other test classes share the database: their clocks are warned before this test's clock
    advance(Duration.ofDays(400));
    warnings.sendDue();
    sender.sendDue();
    smtp.reset();
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
  }

  /** Submitted at 10:00 Shanghai; CAT-04 runs 24 hours from receipt: 50 % at 22:00, 80 % 05:12. */
  private ProcessInstance waitingForDispatch() {
    ProcessInstance pi = submit(smallRepairByApp());
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));
    return pi;
  }

  private Instant dispatchDue(ProcessInstance pi) {
    return caseOf(pi).getReceivedAt().plus(Duration.ofHours(24));
  }

  private void advanceTo(Instant at) {
    advance(Duration.between(now(), at));
  }

  private List<OutboxMessage> warningMails(ProcessInstance pi) {
    return outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.DEADLINE_WARNING);
  }

  private List<OutboxMessage> residentNotices(ProcessInstance pi) {
    return outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.PROGRESS_NOTICE);
  }

  private List<String> comments(Task task) {
    return engine.getTaskService().getTaskComments(task.getId()).stream()
        .map(c -> c.getFullMessage())
        .toList();
  }

  private List<CaseEvent> warningLines(ProcessInstance pi) {
    return caseFiles.sheet(caseId(pi)).stream()
        .filter(e -> e.getTitle().startsWith("Deadline warning"))
        .toList();
  }

  @Test
  void theGroupIsRemindedAtHalfTheTimeAndTheAssigneeByMailAtEightyPercent_CAT04() {
    ProcessInstance pi = waitingForDispatch();
    Instant due = dispatchDue(pi);
    Instant half = due.minus(Duration.ofHours(12));

    advanceTo(half.minusSeconds(1));
    assertThat(warnings.sendDue()).isZero();
    assertThat(openTask(pi, ASSIGN_HANDLER).getFollowUpDate()).isNull();

    advanceTo(half);
    assertThat(warnings.sendDue()).isEqualTo(1);
    Task assign = openTask(pi, ASSIGN_HANDLER);
    assertThat(assign.getFollowUpDate()).isEqualTo(Date.from(half));
    assertThat(comments(assign))
        .singleElement()
        .asString()
        .contains("超时预警", "50%", "2026-11-24 10:00");
    assertThat(warningMails(pi)).isEmpty(); // unassigned: the group sees it in Tasklist
    assertThat(warnings.sendDue()).isZero(); // once

    engine.getTaskService().setAssignee(assign.getId(), "supervisor");
    Instant eighty = due.minus(Duration.ofMinutes(24 * 60 / 5));
    advanceTo(eighty.minusSeconds(1));
    assertThat(warnings.sendDue()).isZero();
    advanceTo(eighty);
    assertThat(warnings.sendDue()).isEqualTo(1);

    assertThat(openTask(pi, ASSIGN_HANDLER).getFollowUpDate()).isEqualTo(Date.from(eighty));
    assertThat(warningMails(pi))
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.getRecipient()).isEqualTo("supervisor@service-desk.example.com");
              assertThat(mail.getSubject()).contains(caseOf(pi).getCaseNumber(), "80%");
              assertThat(mail.getBody()).contains("2026-11-24 10:00");
            });
    sender.sendDue();
    List<MimeMessage> delivered =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> hasRecipient(m, "supervisor@service-desk.example.com"))
            .filter(m -> subject(m).contains(caseOf(pi).getCaseNumber()))
            .toList();
    assertThat(delivered).hasSize(1);
    assertThat(warningLines(pi)).hasSize(2);

    // the breach at 100 % works as before
    advanceTo(due);
    fire(timer(pi, DISPATCH_OVERDUE));
    assertThat(clock(pi, Rules.CAT_04, 0).getBreachedAt()).isEqualTo(due);
    assertThat(warnings.sendDue()).isZero();
  }

  @Test
  void theResidentIsToldAtTheLastWarningWithTheExpectedTime_HLP08() {
    ProcessInstance pi = waitingForDispatch();
    Instant due = dispatchDue(pi);

    advanceTo(due.minus(Duration.ofHours(12)));
    warnings.sendDue();
    assertThat(residentNotices(pi)).isEmpty(); // 50 %: staff only

    advanceTo(due.minus(Duration.ofMinutes(24 * 60 / 5)));
    warnings.sendDue();

    List<OutboxMessage> notices = residentNotices(pi);
    assertThat(notices).hasSize(2); // e-mail and text message
    assertThat(notices)
        .allSatisfy(n -> assertThat(n.getBody()).contains("可能无法按原计划完成", "2026-11-24 10:00"));
    assertThat(caseFiles.sheet(caseId(pi)))
        .extracting(CaseEvent::getTitle)
        .contains("Resident told the expected time changed");
    warnings.sendDue();
    assertThat(residentNotices(pi)).hasSize(2); // once
  }

  @Test
  void aMetDeadlineIsNotWarned_CAT04() {
    ProcessInstance pi = waitingForDispatch();
    Instant due = dispatchDue(pi);
    advance(Duration.ofHours(11));
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));

    advanceTo(due.minus(Duration.ofHours(12)));
    warnings.sendDue();
    advanceTo(due.minusSeconds(60));
    warnings.sendDue();

    assertThat(clock(pi, Rules.CAT_04, 0).getWarningsSent()).isZero();
    assertThat(warningLines(pi).stream().filter(e -> Rules.CAT_04.equals(e.getRuleId()))).isEmpty();
  }

  @Test
  void aPausedDeadlineIsNotWarnedAndItsWarningsMoveWithTheResume_HLP08_CAT04() {
    ProcessInstance pi = waitingForDispatch();
    Instant due = dispatchDue(pi);
    advance(Duration.ofHours(2));
    Long caseId = caseId(pi);
    DeskFixture.signIn(engine.getIdentityService(), "clerk", List.of("front-desk"));
    transaction.execute(s -> pauses.pause(caseId, "parts", null, null));
    engine.getIdentityService().clearAuthentication();

    advance(Duration.ofHours(30)); // past the original 50 % and 80 %
    assertThat(warnings.sendDue()).isZero();

    ProcessInstance hold =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(DeadlinePauseProcess.KEY)
            .processInstanceBusinessKey(caseOf(pi).getCaseNumber())
            .singleResult();
    completeAs(
        "clerk", "front-desk", hold, RESUME_DEADLINES, variables(RESUME_NOTE.of("Part arrived")));
    Instant movedHalf = due.minus(Duration.ofHours(12)).plus(Duration.ofHours(30));

    advanceTo(movedHalf.minusSeconds(1));
    assertThat(warnings.sendDue()).isZero();
    advanceTo(movedHalf);
    assertThat(warnings.sendDue()).isEqualTo(1);
    assertThat(openTask(pi, ASSIGN_HANDLER).getFollowUpDate()).isEqualTo(Date.from(movedHalf));
  }

  @Test
  void aBigProblemsResponseInCalendarDaysIsWarnedToTheSecondWhateverTheServersTimeZone_SVC03() {
    TimeZone jvm = TimeZone.getDefault();
    try {
      ProcessInstance pi = submit(request("app", DeskFixture.UNIT_WITH_EMAIL, "repair", "big"));
      completeAs(
          "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));
      completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
      DeadlineClock big = clock(pi, Rules.SVC_03, 0);
      Instant half = big.warningAt(0.5);
      assertThat(Duration.between(big.getStartedAt(), half))
          .isEqualTo(Duration.between(big.getStartedAt(), big.getDueAt()).dividedBy(2));

      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertThat(openTask(pi, RESPOND_WITH_PLAN).getAssignee()).isEqualTo("engineer");
      advanceTo(half.minusSeconds(1));
      assertThat(warnings.sendDue()).isZero();
      advanceTo(half);
      assertThat(warnings.sendDue()).isEqualTo(1);

      String dueLocal =
          com.residentdesk.system.DeskFormat.time(big.getDueAt(), SHANGHAI).substring(0, 16);
      assertThat(warningMails(pi))
          .singleElement()
          .satisfies(
              mail -> {
                assertThat(mail.getRecipient()).isEqualTo("engineer@service-desk.example.com");
                assertThat(mail.getBody()).contains(dueLocal);
              });
      assertThat(warningMails(pi).get(0).getSubject()).contains("维修完成时限");
    } finally {
      TimeZone.setDefault(jvm);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasRecipient(MimeMessage message, String address) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
