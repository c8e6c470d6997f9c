package com.residentdesk.specialservice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.*;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.AGREEMENT_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.DeskFixture;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The special-services page (/services/) in a real browser, in Chinese: the customer-service head
 * sees the catalogue, a booking with its appointment and price, and a signed agreement with its
 * next quarterly callback and PDF link, changes the catalogue with a reason and sees the change;
 * the auditor reads the same page without any way to change it; on a 390 px phone it fits the
 * screen. Screenshots: {@code target/special-services*.png}.
 */
class SpecialServicesPageBrowserTest extends BrowserTestSupport {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String PAGE = "/services/#/?property=" + DeskFixture.PROPERTY_A;

  @AfterEach
  void nothingFromOutsideAndNoScriptErrors() {
    assertThat(outside).as("requests to anything but this application").isEmpty();
    assertThat(scriptErrors).as("script errors on the page").isEmpty();
  }

  /** A floor-waxing booking by the app, two days from now at 15:00; its case number. */
  private String booking() {
    OffsetDateTime at =
        OffsetDateTime.now(SHANGHAI).plusDays(2).truncatedTo(ChronoUnit.DAYS).withHour(15);
    Map<String, Object> body = newCase("special-service", null);
    body.put("description", "书房地板打蜡");
    body.put("booking", SpecialServiceRequests.booking("FLOOR-WAX", at, "5", "60", "书房"));
    return numberOf(submit("webform", body));
  }

  /** A half-year housekeeping agreement from tomorrow, through Tasklist's REST API; its number. */
  private String agreement() {
    Reply started =
        as("clerk")
            .post(
                "/engine-rest/process-definition/key/"
                    + SpecialServiceAgreementProcess.KEY
                    + "/start",
                submission(SpecialServiceRequests.agreementRequest("walk-in", "长期家政", "全屋")));
    assertThat(started.status()).isEqualTo(HttpStatus.OK);
    String number = SpecialServiceRequests.caseNumberOf(engine, started.json());
    LocalDate start = LocalDate.now(SHANGHAI).plusDays(1);
    record Step(String user, String task, List<ProcessVariable.Value> values) {}
    List<Step> steps =
        List.of(
            new Step(
                "clerk",
                SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
                List.of(
                    SERVICE_CODE.of("HK-LONG"),
                    PERIOD_START.of(start.toString()),
                    PERIOD_END.of(start.plusMonths(6).minusDays(1).toString()),
                    SCHEDULE.of("每周三 14:00–16:00"),
                    VISITS_AGREED.of(26),
                    DEDICATED_STAFF.of("clerk"),
                    AGREED_PRICE.of("3120"),
                    PRICE_BASIS.of("每次 2 小时 × 60 元 × 26 次"),
                    CAPABILITY_CONFIRMED.of(true))),
            new Step(
                "cshead",
                SpecialServiceAgreementProcess.Element.APPROVE_AGREEMENT,
                List.of(AGREEMENT_DECISION.of("approve"), APPROVAL_NOTE.of("同意"))),
            new Step(
                "clerk",
                SpecialServiceAgreementProcess.Element.SIGN_AGREEMENT,
                List.of(
                    SIGNED_ON.of(LocalDate.now(SHANGHAI).toString()),
                    SIGNED_BY_RESIDENT.of("王芳"))));
    for (Step step : steps) {
      Reply done =
          completeTask(
              step.user(),
              number,
              step.task(),
              step.values().toArray(ProcessVariable.Value[]::new));
      assertThat(done.status()).as("%s: %s", step.task(), done).isEqualTo(HttpStatus.NO_CONTENT);
    }
    return number;
  }

  @Test
  void theHeadSeesBookingsAndAgreementsAndChangesTheCatalogueWithAReason_SVC04_SVC08_SVC16() {
    String booked = booking();
    String agreed = agreement();
    String code = "BT-" + (System.currentTimeMillis() % 100_000_000L);
    try (BrowserContext context = newContext("zh-CN", 1400, 1000)) {
      Page page = newPage(context);
      try {
        page.navigate(site() + PAGE);
        assertThat(page).hasTitle("特约服务 · 物业服务台");
        assertThat(page.locator("#sign-in-view h2")).hasText("请登录");
        signIn(page, "cshead");

        assertThat(page.locator("#board-view")).hasAttribute("data-state", "loaded");
        assertThat(page.locator("header h1")).hasText("物业服务台 · 特约服务");
        assertThat(page.locator("#filter-property")).hasValue(DeskFixture.PROPERTY_A);
        assertThat(page.locator("#catalogue-table tr[data-code='FLOOR-WAX']")).containsText("地板打蜡");
        assertThat(page.locator("#catalogue-table tr[data-code='FLOOR-WAX']"))
            .containsText("元/平方米");

        Locator booking = page.locator("#bookings-table tr[data-case='" + booked + "']");
        assertThat(booking).containsText("待客户确认价格");
        assertThat(booking).containsText(" 15:00");
        assertThat(booking).containsText("60.00 元");

        Locator agreement = page.locator("#agreements-table tr[data-case='" + agreed + "']");
        assertThat(agreement).containsText("履行中");
        assertThat(agreement).containsText("3120.00");
        assertThat(agreement).containsText("26 / 0");
        String firstCallback = LocalDate.now(SHANGHAI).plusDays(1).plusMonths(3).toString();
        assertThat(agreement).containsText(firstCallback);
        String pdf = agreement.locator("a").getAttribute("href");
        assertThat(pdf).matches("/api/special-services/agreements/\\d+\\.pdf");
        assertThat(page.request().get(site() + pdf).headers().get("content-type"))
            .isEqualTo("application/pdf");
        screenshot(page, "special-services");

        // a new service of this property, with the reason kept
        page.locator("#catalogue-new").click();
        page.locator("#edit-code").fill(code);
        page.locator("#edit-nameZh").fill("阳台玻璃清洁");
        page.locator("#edit-nameEn").fill("Balcony glass cleaning");
        page.locator("#edit-unitPrice").fill("15");
        page.locator("#edit-unit").selectOption("m2");
        page.locator("#edit-reason").fill("住户需求增加");
        page.locator("#edit-save").click();
        assertThat(page.locator("#message")).containsText("已保存：" + code);
        Locator added = page.locator("#catalogue-table tr[data-code='" + code + "']");
        assertThat(added).containsText("阳台玻璃清洁");
        assertThat(added).containsText("15.00 元/平方米");
        assertThat(added).containsText("本项目");
        assertThat(
                as("cshead")
                    .get("/api/special-services/catalogue/" + code + "/changes")
                    .json()
                    .get(0)
                    .path("reason")
                    .asText())
            .isEqualTo("住户需求增加");

        // a refused change says why, in Chinese, and nothing is stored
        added.locator("[data-edit]").click();
        page.locator("#edit-unitPrice").fill("-3");
        page.locator("#edit-reason").fill("试一下");
        page.locator("#edit-save").click();
        assertThat(page.locator("#edit-error")).containsText("未能保存");
        page.locator("#edit-cancel").click();
        assertThat(added).containsText("15.00 元/平方米");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("header h1")).hasText("Resident Service Desk · Special services");
        assertThat(booking).containsText("Awaiting resident's acceptance");
        assertThat(added).containsText("Balcony glass cleaning");
      } catch (AssertionError | PlaywrightException e) {
        screenshot(page, "special-services-failure");
        throw e;
      }
    }
  }

  @Test
  void theAuditorReadsThePageOnAPhoneWithNoWayToChangeTheCatalogue_SVC16() {
    String booked = booking();
    try (BrowserContext context = newContext("zh-CN", 390, 844)) {
      Page page = newPage(context);
      try {
        page.navigate(site() + "/services/");
        signIn(page, "auditor");
        assertThat(page.locator("#board-view")).hasAttribute("data-state", "loaded");
        assertThat(page.locator("#filter-property option")).hasCount(3);
        assertThat(page.locator("#bookings-table tr[data-case='" + booked + "']")).isVisible();
        assertThat(page.locator("#catalogue-new")).isHidden();
        assertThat(page.locator("#catalogue-table [data-edit]").first()).isHidden();
        assertThat(page.locator("#catalogue-scope")).containsText("公司默认目录");
        assertNoSidewaysScroll(page);
        screenshot(page, "special-services-phone");

        page.locator("#filter-property").selectOption(DeskFixture.PROPERTY_B);
        assertThat(page.locator("#catalogue-scope")).containsText("北岸花园");
        assertThat(page.locator("#bookings-table tr[data-case='" + booked + "']")).hasCount(0);
        assertNoSidewaysScroll(page);
      } catch (AssertionError | PlaywrightException e) {
        screenshot(page, "special-services-phone-failure");
        throw e;
      }
    }
  }

  private static void signIn(Page page, String user) {
    page.locator("#sign-in-user").fill(user);
    page.locator("#sign-in-password").fill(DeskFixture.PASSWORD);
    page.locator("#sign-in-button").click();
    page.locator("#signed-in").waitFor();
  }
}
