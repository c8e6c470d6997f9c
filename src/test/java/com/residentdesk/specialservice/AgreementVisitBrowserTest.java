package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.*;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.AGREEMENT_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.TasklistPage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dedicated staff of a long-term agreement ticks off a visit in Tasklist on a phone in a
 * Chinese browser (SVC-15): a visit in the future is refused with a Chinese message and nothing is
 * stored, the visit made is stored and the agreement's delivered visits go up. Screenshots are left
 * in {@code target/agreement-visit-*.png}.
 */
class AgreementVisitBrowserTest extends BrowserTestSupport {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired private Agreements agreements;

  /** A plant-care agreement from today, its dedicated staff engineer, as the desk signs it. */
  private ProcessInstance signedFromToday() {
    LocalDate today = LocalDate.now(SHANGHAI);
    DeskFixture.signIn(engine.getIdentityService(), "clerk", List.of("front-desk"));
    try {
      ProcessInstance pi =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey(
                  SpecialServiceAgreementProcess.KEY,
                  ProcessVariable.variables(
                      SpecialServiceRequests.agreementRequest("walk-in", "绿植养护，每月两次", "阳台")));
      completeAs(
          "clerk",
          "front-desk",
          pi,
          SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
          ProcessVariable.variables(
              SERVICE_CODE.of("PLANT-CARE"),
              PERIOD_START.of(today.toString()),
              PERIOD_END.of(today.plusMonths(6).minusDays(1).toString()),
              SCHEDULE.of("每月第一、三个周六上午"),
              VISITS_AGREED.of(12),
              DEDICATED_STAFF.of("engineer"),
              AGREED_PRICE.of("360"),
              PRICE_BASIS.of("每次 30 元 × 12 次"),
              CAPABILITY_CONFIRMED.of(true)));
      completeAs(
          "cshead",
          "cs-head",
          pi,
          SpecialServiceAgreementProcess.Element.APPROVE_AGREEMENT,
          ProcessVariable.variables(AGREEMENT_DECISION.of("approve"), APPROVAL_NOTE.of("同意")));
      completeAs(
          "clerk",
          "front-desk",
          pi,
          SpecialServiceAgreementProcess.Element.SIGN_AGREEMENT,
          ProcessVariable.variables(SIGNED_ON.of(today.toString()), SIGNED_BY_RESIDENT.of("王芳")));
      return pi;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void completeAs(
      String user, String group, ProcessInstance pi, String taskKey, Map<String, Object> values) {
    engine.getIdentityService().clearAuthentication();
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    // the staff of the case's property, as Tasklist signs them in
    engine
        .getIdentityService()
        .setAuthentication(user, List.of(group), List.of(task.getTenantId()));
    engine.getTaskService().complete(task.getId(), values);
  }

  private JsonNode sheet(long agreementId) {
    return as("clerk").get("/api/special-services/agreements/" + agreementId).json();
  }

  @Test
  void theDedicatedStaffTicksOffAVisitOnAPhoneAndTheDeliveredVisitsGoUp_SVC15() {
    ProcessInstance pi = signedFromToday();
    Long caseId =
        (Long) engine.getRuntimeService().getVariable(pi.getId(), CaseVariables.CASE_ID.name());
    long agreementId = agreements.of(caseId).getId();
    Task visit =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(SpecialServiceAgreementProcess.Element.RECORD_VISIT)
            .singleResult();
    assertThat(visit.getAssignee()).isEqualTo("engineer");
    assertThat(sheet(agreementId).path("visitsDelivered").asInt()).isZero();
    LocalDateTime now = LocalDateTime.now(SHANGHAI);

    try (BrowserContext phone = newContext("zh-CN", 390, 844)) {
      Page page = newPage(phone);
      signInToWelcome(page, "engineer", DeskFixture.PASSWORD);
      TasklistPage tasklist = new TasklistPage(page, site());
      tasklist.open(visit.getId());
      assertThat(page.getByText("居家服务确认表").first().isVisible()).isTrue();

      // a visit two hours ahead: refused in Chinese, nothing stored
      tasklist.dateTime("visitedAt", now.plusHours(2).withSecond(0).withNano(0));
      page.getByLabel("服务内容", new Page.GetByLabelOptions().setExact(false)).fill("浇水、修剪");
      tasklist.completable(15_000).click();
      Locator refusal = page.getByText("上门时间不能晚于现在").first();
      refusal.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
      tasklist.screenshot("agreement-visit-refused-phone");
      assertThat(sheet(agreementId).path("visitsDelivered").asInt()).isZero();
      // the staff closes the message, which lies over the form's buttons on a phone
      page.locator(".notifications button.close:visible, .page-notifications button.close:visible")
          .first()
          .click();
      refusal.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));

      // the visit made a few minutes ago (not before today's start of the agreement)
      LocalDateTime visited = now.minusMinutes(5).withSecond(0).withNano(0);
      if (visited.toLocalDate().isBefore(now.toLocalDate())) {
        visited = now.withSecond(0).withNano(0);
      }
      tasklist.dateTime("visitedAt", visited);
      tasklist.screenshot("agreement-visit-phone");
      assertNoSidewaysScroll(page);
      tasklist.completable(15_000);
      tasklist.complete();
    }

    JsonNode after = sheet(agreementId);
    assertThat(after.path("visitsDelivered").asInt()).isEqualTo(1);
    assertThat(after.path("visits").get(0).path("recordedBy").asText()).isEqualTo("engineer");
    assertThat(after.path("visits").get(0).path("note").asText()).isEqualTo("浇水、修剪");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(SpecialServiceAgreementProcess.Element.RECORD_VISIT)
                .singleResult()
                .getId())
        .as("the next visit is open for the staff")
        .isNotEqualTo(visit.getId());
    assertThat(scriptErrors).isEmpty();
  }
}
