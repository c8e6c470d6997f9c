package com.residentdesk.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.DeskFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The auditor page in a real browser (issues 6 and 13): signed in through its own sign-in form,
 * which is the Camunda webapps' sign-in (no browser password dialog), in Chinese or English by the
 * browser's language and switchable; finds a case registered through the API, opens it and sees its
 * diagram with the path taken highlighted and its timeline in the property's time zone, filtered by
 * kind. Screenshots are left in {@code target/audit-page*.png}.
 */
class AuditorPageBrowserTest extends BrowserTestSupport {

  private static final Path SCREENSHOT = Paths.get("target", "audit-page.png");
  private static final Path PHONE_SCREENSHOT = Paths.get("target", "audit-page-phone.png");
  private static final Path FAILURE_SCREENSHOT = Paths.get("target", "audit-page-failure.png");
  private static final Pattern SHANGHAI_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

  @AfterEach
  void nothingFromOutsideAndNoScriptErrors() {
    assertThat(outside).as("requests to anything but this application").isEmpty();
    assertThat(scriptErrors).as("script errors on the page").isEmpty();
  }

  @Test
  void auditorSignsInInChineseFindsACaseAndSeesItsDiagramAndTimeline_HLP05() throws Exception {
    String number = numberOf(submit("clerk", newCase("repair", "small")));

    try (BrowserContext context = newContext("zh-CN", 1400, 1000)) {
      Page page = newPage(context);
      try {
        page.navigate(site() + "/audit/");

        // the page's own sign-in, in Chinese: no browser password dialog
        assertThat(page).hasTitle("审计查询 · 物业服务台");
        assertThat(page.locator("#sign-in-view h2")).hasText("请登录");
        signIn(page, "auditor", DeskFixture.PASSWORD);
        assertThat(page.locator("header h1")).hasText("物业服务台 · 审计查询");
        assertThat(page.locator("#user-name")).hasText("auditor Fixture");
        assertThat(page.locator("#results thead")).containsText("受理时间（Asia/Shanghai）");

        // find the case by its number
        page.locator("#search-number").fill(number);
        page.locator("#search-button").click();
        Locator result = page.locator("#results tr[data-case='" + number + "']");
        assertThat(page.locator("#results tr[data-case]")).hasCount(1);
        assertThat(result).containsText("报修");
        // the company's auditor sees both properties: the picker and the property column
        assertThat(page.locator("#property-picker")).isVisible();
        assertThat(result.locator("td.property-col")).hasText("南湖花园");
        assertThat(result.locator("td").nth(5)).hasText(SHANGHAI_TIME);
        assertThat(page.locator("#results-csv"))
            .hasAttribute("href", Pattern.compile(".*lang=zh-CN.*"));

        // open it: header, diagram with the path taken, timeline in Chinese
        result.locator("a").click();
        assertThat(page.locator("#case-title")).hasText("工单 " + number);
        assertThat(page.locator("#process-list")).containsText("resident-request · 工单本身");
        page.locator("#diagram[data-state='ready']").waitFor();
        Locator completed = page.locator("#diagram svg .audit-completed");
        completed.first().waitFor();
        assertThat(completed.count()).as("diagram elements highlighted as completed").isPositive();
        assertThat(page.locator("#diagram svg .audit-taken").count())
            .as("sequence flows highlighted as taken")
            .isPositive();

        Locator entries = page.locator("#timeline tr[data-kind]");
        page.locator("#timeline tr[data-kind='sheet']").first().waitFor();
        assertThat(kindsOf(entries)).contains("activity", "sheet");
        assertThat(page.locator("#timeline tr[data-kind='sheet'] .badge").first()).hasText("处理单");
        assertThat(page.locator("#timeline tr[data-kind='activity']").first()).containsText("进入：");
        // times in Shanghai time, durations in words (a decision's or a variable's own values
        // such as dispatchWithin=PT24H are data and shown as they are)
        assertThat(texts(page.locator("#timeline td.time")))
            .allMatch(SHANGHAI_TIME.asMatchPredicate());
        assertThat(
                texts(
                    page.locator(
                        "#timeline tr[data-kind='activity'] td.detail,"
                            + " #timeline tr[data-kind='task'] td.detail,"
                            + " #timeline tr[data-kind='deadline'] td.detail")))
            .isNotEmpty()
            .noneMatch(
                Pattern.compile(".*(PT\\d|\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z).*").asMatchPredicate());
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));

        // filter the timeline by kind
        page.locator("#kind-filter input[value='sheet']").uncheck();
        assertThat(page.locator("#timeline tr[data-kind='sheet']:visible")).hasCount(0);
        assertThat(page.locator("#timeline tr[data-kind='activity']:visible").count()).isPositive();
        page.locator("#kind-none").click();
        assertThat(page.locator("#timeline tr[data-kind]:visible")).hasCount(0);
        page.locator("#kind-filter input[value='activity']").check();
        assertThat(kindsOf(page.locator("#timeline tr[data-kind]:visible")))
            .isNotEmpty()
            .containsOnly("activity");

        // switch to English: the page and what the server wrote
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("header h1")).hasText("Resident Service Desk · Audit");
        assertThat(page.locator("#case-title")).hasText("Case " + number);
        assertThat(page.locator("#timeline tr[data-kind='activity']").first())
            .containsText("Entered ");
        assertThat(page.locator("#timeline-csv"))
            .hasAttribute("href", Pattern.compile(".*lang=en.*"));

        // sign out: back to the sign-in form, and the session is gone
        page.locator("#sign-out").click();
        // the sign-in view is shown once the sign-out call has answered (its heading is in the
        // page all along, hidden, so the text alone proves nothing)
        assertThat(page.locator("#sign-in-view")).isVisible();
        assertThat(page.locator("#sign-in-view h2")).hasText("Please sign in");
        assertThat(sessionStatus(page)).isEqualTo(401);
      } catch (AssertionError | PlaywrightException e) {
        page.screenshot(new Page.ScreenshotOptions().setPath(FAILURE_SCREENSHOT).setFullPage(true));
        throw e;
      }
    }
    assertThat(Files.size(SCREENSHOT)).isPositive();
  }

  /** Issue 20: a property filter for readers of several properties, none for readers of one. */
  @Test
  void theCompanyPicksAPropertyAndACentreManagerOfOneSeesNoPicker() {
    String ofA = numberOf(submit("webform", newCase("repair", "small")));
    String ofB = numberOf(submit("webformb", newCase("repair", "small")));

    try (BrowserContext context = newContext("zh-CN", 1280, 900)) {
      Page page = newPage(context);
      page.navigate(site() + "/audit/");
      signIn(page, "quality", DeskFixture.PASSWORD);
      assertThat(page.locator("#property-picker")).isVisible();
      assertThat(page.locator("#property-picker")).containsText("项目");
      page.locator("#search-property").selectOption(DeskFixture.PROPERTY_B);
      page.locator("#search-button").click();
      page.locator("#results tr[data-case='" + ofB + "']").waitFor();
      assertThat(page.locator("#results tr[data-case='" + ofA + "']")).hasCount(0);
      assertThat(page.locator("#results td.property-col").first()).hasText("北岸花园");
      page.locator("#results tr[data-case='" + ofB + "'] a").click();
      assertThat(page.locator("#case-facts")).containsText("北岸花园 (PB)");
      page.locator("#sign-out").click();
      page.locator("#sign-in-view").waitFor();

      // a centre manager of property A: the page as before there were properties
      page.navigate(site() + "/audit/");
      signIn(page, "manager", DeskFixture.PASSWORD);
      page.locator("#search-button").click();
      page.locator("#results tr[data-case='" + ofA + "']").waitFor();
      assertThat(page.locator("#property-picker")).isHidden();
      assertThat(page.locator("#results th.property-col")).isHidden();
      assertThat(page.locator("#results tr[data-case='" + ofB + "']")).hasCount(0);
    }
  }

  @Test
  void englishBrowserGetsEnglishAndOneSignInServesTheWebappsToo() {
    try (BrowserContext context = newContext("en-GB", 1280, 900)) {
      Page page = newPage(context);
      page.navigate(site() + "/audit/");
      assertThat(page).hasTitle("Audit · Resident Service Desk");
      assertThat(page.locator("#sign-in-view h2")).hasText("Please sign in");

      signIn(page, "auditor", DeskFixture.PASSWORD);
      assertThat(page.locator("#search-title")).hasText("Find cases");

      // the Welcome page knows the auditor already and links back to this page
      page.navigate(site() + "/camunda/app/welcome/default/");
      assertThat(page.locator(".user-profile-name").first()).containsText("auditor Fixture");
      Locator link = page.locator(".custom-links a[href='/audit/']");
      assertThat(link).hasText("Audit");
      link.click();
      assertThat(page.locator("#search-title")).hasText("Find cases");
    }
  }

  @Test
  void aClerkIsNeitherOfferedNorLetIntoTheAuditPage() {
    try (BrowserContext context = newContext("zh-CN", 390, 844)) {
      Page page = newPage(context);
      Response access =
          page.waitForResponse(
              response -> response.url().endsWith("/api/audit/access"),
              () -> signInToWelcome(page, "clerk", DeskFixture.PASSWORD));
      assertThat(access.status()).isEqualTo(403);
      assertThat(page.locator(".user-profile-name").first()).containsText("clerk Fixture");
      // the special-services page is every staff member's, the audit page is not
      assertThat(page.locator(".custom-links a[href='/services/']")).hasCount(1);
      assertThat(page.locator(".custom-links a[href='/audit/']")).hasCount(0);

      page.navigate(site() + "/audit/");
      assertThat(page.locator("#forbidden-text")).containsText("您的账号（clerk）不能使用审计页面");
      assertThat(page.locator("#search-view")).isHidden();
      page.screenshot(new Page.ScreenshotOptions().setPath(PHONE_SCREENSHOT).setFullPage(true));
    }
  }

  private static void signIn(Page page, String user, String password) {
    page.locator("#sign-in-user").fill(user);
    page.locator("#sign-in-password").fill(password);
    page.locator("#sign-in-button").click();
    page.locator("#signed-in").waitFor();
  }

  private static int sessionStatus(Page page) {
    return ((Number)
            page.evaluate(
                "() => fetch('/api/session', {headers: {'X-Requested-With': 'XMLHttpRequest'}})"
                    + ".then(r => r.status)"))
        .intValue();
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(Locator cells) {
    return (List<String>) cells.evaluateAll("cells => cells.map(cell => cell.textContent)");
  }

  @SuppressWarnings("unchecked")
  private static List<String> kindsOf(Locator rows) {
    return (List<String>) rows.evaluateAll("rows => rows.map(row => row.dataset.kind)");
  }
}
