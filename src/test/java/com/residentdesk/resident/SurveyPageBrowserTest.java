package com.residentdesk.resident;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.SurveyRun;
import com.residentdesk.survey.SatisfactionSurveys;
import com.residentdesk.survey.SurveyQuestionnaireRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The satisfaction questionnaire in a real browser on a phone (390 x 844, Chinese; QA-04): the link
 * from the text message opens it without signing in, the token leaves the address bar, a
 * questionnaire sent half-filled is refused on the page, the resident rates each service on the
 * five levels and sends it once; the link opened again says it was answered; a tampered link opens
 * nothing. Nothing is loaded from outside; the page never scrolls sideways. Screenshots are left in
 * {@code target/survey-page-*.png}.
 */
class SurveyPageBrowserTest extends BrowserTestSupport {

  @Autowired ResidentThrottle throttle;
  @Autowired SatisfactionSurveys surveys;
  @Autowired SurveyQuestionnaireRepository questionnaires;
  @Autowired OutboxRepository outbox;

  @AfterEach
  void nothingFromOutsideAndNoScriptErrors() {
    throttle.reset();
    assertThat(outside).as("requests to anything but this application").isEmpty();
    assertThat(scriptErrors).as("script errors on the page").isEmpty();
  }

  @Test
  void aResidentOpensTheLinkOnAPhoneRatesEachServiceAndSendsItOnce_QA04() {
    long id = SurveyRun.collecting(engine, surveys);
    String token =
        SurveyRun.tokensByRecipient(id, questionnaires, outbox).get("13800001201"); // by SMS

    try (BrowserContext context = newContext("zh-CN", 390, 844)) {
      Page page = newPage(context);
      page.navigate(site() + "/r/survey.html#t=" + token);

      assertThat(page).hasTitle("满意度调查 · 物业服务中心");
      assertThat(page.locator("#property-name")).hasText("南湖花园");
      assertThat(page.locator("#survey-view")).isVisible();
      assertThat(page.locator("#survey-purpose")).hasText("本季度求助服务满意度调查");
      assertThat(page.locator("#survey-until")).containsText("前提交");
      assertThat(page.locator("fieldset.rating legend")).hasText(new String[] {"维修服务", "客户服务"});
      assertThat(page.locator("fieldset.rating").first().locator("label.choice"))
          .hasText(new String[] {"非常满意", "满意", "基本满意", "不满意", "非常不满意"});
      assertThat((String) page.evaluate("window.location.hash"))
          .as("token out of the bar")
          .isEmpty();
      screenshot(page, "survey-page-open");
      assertNoSidewaysScroll(page);

      // half-filled: refused on the page, nothing sent
      page.locator(
              "fieldset[data-service=repairs] label.choice",
              new Page.LocatorOptions().setHasText("不满意"))
          .first()
          .click();
      page.locator("#survey-submit").click();
      assertThat(page.locator("[data-error='ratings.customer-service']")).hasText("请为每一项服务评分");
      assertThat(page.locator("#message")).hasText("请为每一项服务评分");
      assertThat(surveys.get(id).getAnswered()).isZero();

      page.locator("fieldset[data-service=customer-service] label.choice").nth(1).click();
      page.locator("textarea[name=opinion]").fill("报修电话有时打不通");
      screenshot(page, "survey-page-filled");
      page.locator("#survey-submit").click();
      assertThat(page.locator("#thanks-view")).isVisible();
      assertThat(page.locator("#thanks-view h2")).hasText("感谢您的评价");
      assertThat(page.locator("#survey-view")).isHidden();
      screenshot(page, "survey-page-thanks");
      assertThat(surveys.get(id).getAnswered()).isEqualTo(1);
      var repairs = surveys.results(id).services().get(0);
      assertThat(repairs.code()).isEqualTo("repairs");
      assertThat(repairs.satisfied()).as("不满意 is not satisfied").isZero();

      // the link again: already answered
      page.navigate(site() + "/r/survey.html#t=" + token);
      page.reload(); // the same page with another fragment is not loaded again by itself
      assertThat(page.locator("#closed-view")).isVisible();
      assertThat(page.locator("#closed-text")).hasText("此问卷已经提交过了，感谢您的参与。");

      // a tampered link opens nothing, with the server's reason in Chinese
      String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
      page.navigate(site() + "/r/survey.html#t=" + tampered);
      page.reload();
      assertThat(page.locator("#closed-view")).isVisible();
      assertThat(page.locator("#closed-text")).containsText("问卷链接无效");
      assertThat(page.locator("#closed-view")).containsText("问卷无法打开");
      screenshot(page, "survey-page-invalid");
    }
  }
}
