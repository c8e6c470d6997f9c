package com.residentdesk.specialservice;

import static com.residentdesk.intake.ResidentRequestProcess.Field.CHANNEL;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DESCRIPTION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.LOCATION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.PHONE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESIDENT_NAME;
import static com.residentdesk.intake.ResidentRequestProcess.Field.UNIT;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.*;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.AGREEMENT_DECISION;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.AGREEMENT_END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxSender;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Long-term agreements with the engine's clock (Monday 23 November 2026, 10:00 in Shanghai): terms,
 * approval, signature, the confirmation sheet, the quarterly callback and the early stop only after
 * written notice (SVC-08, SVC-11, SVC-15).
 */
public class AgreementProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired private OutboxSender sender;

  @Autowired private Agreements agreements;
  @Autowired private AgreementRepository agreementRows;
  @Autowired private AgreementPdf pdf;
  @Autowired private ServiceCatalogue catalogue;

  private ProcessInstance requested() {
    Map<String, Object> form =
        ProcessVariable.variables(
            CHANNEL.of("walk-in"),
            UNIT.of(DeskFixture.UNIT_WITH_EMAIL),
            RESIDENT_NAME.of("王芳"),
            PHONE.of("13800000502"),
            DESCRIPTION.of("每周两次长期家政"),
            LOCATION.of("全屋"));
    DeskFixture.signIn(engine.getIdentityService(), "clerk", List.of("front-desk"));
    try {
      return engine
          .getRuntimeService()
          .startProcessInstanceByKey(SpecialServiceAgreementProcess.KEY, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static Map<String, Object> terms(String code) {
    return ProcessVariable.variables(
        SERVICE_CODE.of(code),
        PERIOD_START.of("2026-12-01"),
        PERIOD_END.of("2027-11-30"),
        SCHEDULE.of("每周二、周五 09:00–12:00"),
        VISITS_AGREED.of(96),
        DEDICATED_STAFF.of("clerk"),
        AGREED_PRICE.of("11520"),
        PRICE_BASIS.of("每次 3 小时 × 40 元 × 96 次"),
        CAPABILITY_CONFIRMED.of(true));
  }

  private void as(
      String user, String group, ProcessInstance pi, String task, Map<String, Object> v) {
    completeAs(user, group, pi, task, v);
  }

  private ProcessInstance signed() {
    ProcessInstance pi = requested();
    as(
        "clerk",
        "front-desk",
        pi,
        SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
        terms("HK-LONG"));
    as(
        "cshead",
        "cs-head",
        pi,
        SpecialServiceAgreementProcess.Element.APPROVE_AGREEMENT,
        ProcessVariable.variables(AGREEMENT_DECISION.of("approve"), APPROVAL_NOTE.of("同意，王阿姨专职")));
    as(
        "clerk",
        "front-desk",
        pi,
        SpecialServiceAgreementProcess.Element.SIGN_AGREEMENT,
        ProcessVariable.variables(SIGNED_ON.of("2026-11-23"), SIGNED_BY_RESIDENT.of("王芳")));
    return pi;
  }

  @Test
  void onlyALongTermCatalogueServiceWithItsCapabilityConfirmedBecomesAnAgreement_SVC08() {
    ProcessInstance pi = requested();
    long before = agreementRows.count();

    assertThatThrownBy(
            () ->
                as(
                    "clerk",
                    "front-desk",
                    pi,
                    SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
                    terms("HK-HOURLY")))
        .isInstanceOfSatisfying(
            InvalidEntryException.class,
            e -> assertThat(e.field()).isEqualTo("agreementServiceCode"));
    Map<String, Object> unconfirmed = terms("HK-LONG");
    unconfirmed.put(CAPABILITY_CONFIRMED.name(), false);
    assertThatThrownBy(
            () ->
                as(
                    "clerk",
                    "front-desk",
                    pi,
                    SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
                    unconfirmed))
        .isInstanceOfSatisfying(
            InvalidEntryException.class,
            e -> assertThat(e.field()).isEqualTo("capabilityConfirmed"));
    Map<String, Object> past = terms("HK-LONG");
    past.put(PERIOD_START.name(), "2026-11-01");
    assertThatThrownBy(
            () ->
                as(
                    "clerk",
                    "front-desk",
                    pi,
                    SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
                    past))
        .isInstanceOfSatisfying(
            InvalidEntryException.class, e -> assertThat(e.field()).isEqualTo("periodStart"));
    assertThat(agreementRows.count()).isEqualTo(before);

    as(
        "clerk",
        "front-desk",
        pi,
        SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
        terms("HK-LONG"));
    Agreement proposed = agreements.of(caseId(pi));
    assertThat(proposed.getUnitPrice())
        .as("copied from the catalogue in force at the property")
        .isEqualByComparingTo(
            catalogue.bookable(DeskFixture.PROPERTY_A, "HK-LONG").orElseThrow().getUnitPrice());
    assertThat(proposed.getVisitsAgreed()).isEqualTo(96);
    assertThat(proposed.status()).isEqualTo("proposed");
    assertThat(openTask(pi, SpecialServiceAgreementProcess.Element.APPROVE_AGREEMENT)).isNotNull();
  }

  @Test
  void theSignedAgreementIsPrintableAndItsSheetCountsAgreedAgainstDeliveredVisits_SVC08_SVC15() {
    ProcessInstance pi = signed();
    Agreement a = agreements.of(caseId(pi));
    assertThat(a.status()).isEqualTo("signed");
    assertThat(a.getApprovedBy()).isEqualTo("cshead");

    setClock(LocalDateTime.of(2026, 12, 1, 9, 5));
    agreements.tickVisit(a, now(), "clerk", "客厅、厨房");
    setClock(LocalDateTime.of(2026, 12, 4, 9, 0));
    agreements.tickVisit(a, now(), "clerk", null);
    assertThatThrownBy(() -> agreements.tickVisit(a, now().plusSeconds(3600), "clerk", null))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("visitedAt"));

    assertThat(agreements.visitsOf(a.getId())).hasSize(2);
    byte[] printed = pdf.of(a, agreements.visitsOf(a.getId()));
    assertThat(new String(printed, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void theDedicatedStaffTicksOffEachVisitInTasklistAndARefusedOneStoresNothing_SVC15() {
    ProcessInstance pi = signed();
    Agreement a = agreements.of(caseId(pi));
    String visit = SpecialServiceAgreementProcess.Element.RECORD_VISIT;

    BpmnAwareTests.assertThat(pi)
        .isWaitingAt(SpecialServiceAgreementProcess.Element.RUN_AGREEMENT, visit)
        .task(visit)
        .isAssignedTo("clerk");
    assertThat(engine.getTaskService().getIdentityLinksForTask(openTask(pi, visit).getId()))
        .as("HK-LONG is delivered by the front desk, who may take the visit over")
        .anyMatch(l -> "candidate".equals(l.getType()) && "front-desk".equals(l.getGroupId()));

    setClock(LocalDateTime.of(2026, 12, 1, 9, 30));
    String firstTask = openTask(pi, visit).getId();
    assertThatThrownBy(
            () ->
                as(
                    "clerk",
                    "front-desk",
                    pi,
                    visit,
                    ProcessVariable.variables(VISITED_AT.of("2026-12-01T10:30+08:00"))))
        .as("a visit in the future")
        .isInstanceOfSatisfying(
            InvalidEntryException.class,
            e -> {
              assertThat(e.field()).isEqualTo("visitedAt");
              assertThat(e.getMessage()).startsWith("上门时间不能晚于现在");
            });
    assertThatThrownBy(
            () ->
                as(
                    "clerk",
                    "front-desk",
                    pi,
                    visit,
                    ProcessVariable.variables(VISITED_AT.of("2026-11-30T09:00+08:00"))))
        .as("a visit before the agreement starts")
        .hasMessageStartingWith("上门时间不能早于协议开始");
    assertThat(agreements.visitsOf(a.getId())).as("nothing stored").isEmpty();
    assertThat(openTask(pi, visit).getId()).as("the task stays open").isEqualTo(firstTask);

    as(
        "clerk",
        "front-desk",
        pi,
        visit,
        ProcessVariable.variables(
            VISITED_AT.of("2026-12-01T09:05+08:00"), VISIT_NOTE.of("客厅、厨房保洁 3 小时")));

    assertThat(agreements.visitsOf(a.getId()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getVisitedAt()).isEqualTo(Instant.parse("2026-12-01T01:05:00Z"));
              assertThat(v.getRecordedBy()).isEqualTo("clerk");
              assertThat(v.getNote()).isEqualTo("客厅、厨房保洁 3 小时");
            });
    assertThat(openTask(pi, visit).getId())
        .as("the next visit is open at once")
        .isNotEqualTo(firstTask);
    BpmnAwareTests.assertThat(pi).task(visit).isAssignedTo("clerk");
  }

  @Test
  void theQuarterlyCallbackFallsDueThreeMonthsIntoTheAgreementInThePropertysZone_SVC11() {
    ProcessInstance pi = signed();
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(pi.getId())
            .activityId(SpecialServiceAgreementProcess.Element.QUARTERLY_CALLBACK_DUE)
            .singleResult();

    assertThat(timer.getDuedate().toInstant())
        .isEqualTo(LocalDateTime.of(2027, 3, 1, 9, 0).atOffset(ZoneOffset.ofHours(8)).toInstant());
    assertThat(agreements.quarterlyCallbacks(caseId(pi)))
        .as("four quarters in a year: the first and three repetitions")
        .isEqualTo("R3/2027-03-01T09:00:00+08:00/P3M");

    setClock(LocalDateTime.of(2027, 3, 1, 9, 1));
    engine.getManagementService().executeJob(timer.getId());
    as(
        "clerk",
        "front-desk",
        pi,
        SpecialServiceAgreementProcess.Element.QUARTERLY_CALLBACK,
        ProcessVariable.variables(CALLBACK_OUTCOME.of("satisfied"), CALLBACK_NOTE.of("很满意")));
    assertThat(agreements.callbacksOf(agreements.of(caseId(pi)).getId()))
        .singleElement()
        .satisfies(c -> assertThat(c.isSatisfied()).isTrue());
  }

  @Test
  void theCentreStopsEarlyOnlyAfterWrittenNoticeRecordedBeforeTheStop_SVC08() {
    ProcessInstance pi = signed();
    Long caseId = caseId(pi);

    assertThatThrownBy(
            () ->
                as(
                    "cshead",
                    "cs-head",
                    pi,
                    SpecialServiceAgreementProcess.Element.RUN_AGREEMENT,
                    ProcessVariable.variables(AGREEMENT_END.of("expired"))))
        .as("it has not expired")
        .hasMessageContaining("2027-11-30");
    assertThatThrownBy(
            () ->
                as(
                    "cshead",
                    "cs-head",
                    pi,
                    SpecialServiceAgreementProcess.Element.RUN_AGREEMENT,
                    ProcessVariable.variables(
                        AGREEMENT_END.of("notice"),
                        STOP_NOTICE.of("人员调整"),
                        STOP_ON.of("2026-11-23"))))
        .as("the notice comes in advance")
        .isInstanceOfSatisfying(
            InvalidEntryException.class, e -> assertThat(e.field()).isEqualTo("stopOn"));
    as(
        "cshead",
        "cs-head",
        pi,
        SpecialServiceAgreementProcess.Element.RUN_AGREEMENT,
        ProcessVariable.variables(
            AGREEMENT_END.of("notice"),
            STOP_NOTICE.of("因人员调整，本中心将于 2026-12-31 起停止长期家政服务"),
            STOP_ON.of("2026-12-31")));
    Instant noticed = agreements.of(caseId).getStopNoticeAt();
    assertThat(noticed).isNotNull();
    assertThat(openTask(pi, SpecialServiceAgreementProcess.Element.STOP_AGREEMENT).getDueDate())
        .isEqualTo(
            java.util.Date.from(LocalDateTime.of(2026, 12, 31, 0, 0).atZone(SHANGHAI).toInstant()));

    setClock(LocalDateTime.of(2026, 12, 30, 23, 59));
    assertThatThrownBy(
            () ->
                as(
                    "cshead",
                    "cs-head",
                    pi,
                    SpecialServiceAgreementProcess.Element.STOP_AGREEMENT,
                    ProcessVariable.variables(STOP_NOTE.of("停止"))))
        .hasMessageContaining("2026-12-31");
    setClock(LocalDateTime.of(2026, 12, 31, 0, 1));
    as(
        "cshead",
        "cs-head",
        pi,
        SpecialServiceAgreementProcess.Element.STOP_AGREEMENT,
        ProcessVariable.variables(STOP_NOTE.of("已按通知停止")));

    Agreement stopped = agreements.of(caseId);
    assertThat(stopped.status()).isEqualTo("stopped");
    assertThat(openTask(pi, SpecialServiceAgreementProcess.Element.RECORD_VISIT))
        .as("no visit is ticked off after the stop")
        .isNull();
    BpmnAwareTests.assertThat(pi)
        .isEnded()
        .hasPassed(SpecialServiceAgreementProcess.Element.AGREEMENT_ENDED);
    assertThat(stopped.getStopNoticeAt()).isBefore(stopped.getStoppedAt());
    assertThat(caseOf(pi).getArchivedAt()).isNotNull();
  }

  @Test
  void aRefusedAgreementIsExplainedToTheResidentByMailAndTextAndNothingIsSigned_SVC08() {
    ProcessInstance pi = requested();
    as(
        "clerk",
        "front-desk",
        pi,
        SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
        terms("HK-LONG"));
    sender.sendDue();
    smtp.reset();
    as(
        "cshead",
        "cs-head",
        pi,
        SpecialServiceAgreementProcess.Element.APPROVE_AGREEMENT,
        ProcessVariable.variables(
            AGREEMENT_DECISION.of("refuse"), APPROVAL_NOTE.of("本季度家政人员已排满，无法保证每周两次")));

    Agreement refused = agreements.of(caseId(pi));
    assertThat(refused.status()).isEqualTo("refused");
    assertThat(caseOf(pi).getArchivedAt()).isNotNull();
    List<OutboxMessage> told =
        outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.SPECIAL_SERVICE);
    assertThat(told)
        .as("an e-mail and a text message, each with the service and the head's reason")
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.getBody()).contains("长期家政服务", "本季度家政人员已排满"));

    sender.sendDue();
    String number = caseOf(pi).getCaseNumber();
    assertThat(smtp.getReceivedMessages())
        .extracting(AgreementProcessTest::subjectAndRecipients)
        .filteredOn(line -> line.contains(number))
        .singleElement()
        .asString()
        .contains("长期特约服务协议未获批准", "wang.fang@example.com");
  }

  private static String subjectAndRecipients(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject()
          + " -> "
          + String.join(",", GreenMailUtil.getAddressList(message.getAllRecipients()));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
