package com.residentdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auditor page in a real browser (issue 6): headless Chromium, signed in as {@code auditor}
 * with HTTP Basic, finds a case registered through the API, opens it and sees its diagram with the
 * path taken highlighted and its timeline, which filters by kind.
 *
 * <p>It drives the SYSTEM Chromium ({@code /usr/bin/chromium}, Debian's package {@code chromium})
 * and never lets Playwright download a browser; every request that is not to this application is
 * aborted and fails the test, so the page must load nothing from outside (bpmn-js is bundled into
 * the jar). Without that Chromium the test is skipped with a message, unless {@code
 * BROWSER_REQUIRED=true}, which turns the skip into a failure. A screenshot of the case view is
 * left in {@code target/audit-page.png}.
 */
class AuditorPageBrowserTest extends HttpTestSupport {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path SCREENSHOT = Paths.get("target", "audit-page.png");
  private static final Path FAILURE_SCREENSHOT = Paths.get("target", "audit-page-failure.png");
  private static final List<String> CHROMIUM_ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private static final String NO_CHROMIUM =
      "Auditor page browser test SKIPPED: no Chromium at "
          + CHROMIUM
          + " (apt-get install chromium)";

  private static Playwright playwright;
  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equalsIgnoreCase(System.getenv("BROWSER_REQUIRED"))) {
        Assertions.fail(NO_CHROMIUM.replace("SKIPPED", "FAILED") + ", and BROWSER_REQUIRED=true");
      }
      System.out.println(NO_CHROMIUM);
      return; // each test is skipped (and counted as skipped) in requireBrowser()
    }
    // the environment variable stops Playwright from downloading its own browsers at create()
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
  }

  @BeforeEach
  void requireBrowser() {
    Assumptions.assumeTrue(browser != null, NO_CHROMIUM);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @Test
  void auditorFindsACaseAndSeesItsDiagramAndTimeline_HLP05() throws Exception {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    String site = "http://localhost:" + port;
    List<String> outside = new CopyOnWriteArrayList<>();
    List<String> scriptErrors = new CopyOnWriteArrayList<>();

    try (BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setHttpCredentials("auditor", DeskFixture.PASSWORD)
                .setViewportSize(1400, 1000)
                .setLocale("en-GB"))) {
      context.setDefaultTimeout(20_000);
      // only this application: anything else is aborted and recorded
      context.route(
          url -> !(url.startsWith(site + "/") || url.startsWith("data:")),
          route -> {
            outside.add(route.request().url());
            route.abort();
          });
      Page page = context.newPage();
      page.onPageError(scriptErrors::add);

      try {
        page.navigate(site + "/audit/");
        PlaywrightAssertions.assertThat(page).hasTitle("Audit · Resident Service Desk");

        // find the case by its number
        page.locator("#search-number").fill(number);
        page.locator("#search-button").click();
        Locator result = page.locator("#results tr[data-case='" + number + "']");
        PlaywrightAssertions.assertThat(page.locator("#results tr[data-case]")).hasCount(1);
        PlaywrightAssertions.assertThat(result).hasCount(1);

        // open it: header, diagram with the path taken, timeline
        result.locator("a").click();
        PlaywrightAssertions.assertThat(page.locator("#case-header")).containsText(number);
        PlaywrightAssertions.assertThat(page.locator("#process-list"))
            .containsText("resident-request");
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
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));

        // filter the timeline by kind
        page.locator("#kind-filter input[value='sheet']").uncheck();
        PlaywrightAssertions.assertThat(page.locator("#timeline tr[data-kind='sheet']:visible"))
            .hasCount(0);
        assertThat(page.locator("#timeline tr[data-kind='activity']:visible").count()).isPositive();

        page.locator("#kind-none").click();
        PlaywrightAssertions.assertThat(page.locator("#timeline tr[data-kind]:visible"))
            .hasCount(0);
        page.locator("#kind-filter input[value='activity']").check();
        assertThat(kindsOf(page.locator("#timeline tr[data-kind]:visible")))
            .isNotEmpty()
            .containsOnly("activity");
      } catch (AssertionError | PlaywrightException e) {
        page.screenshot(new Page.ScreenshotOptions().setPath(FAILURE_SCREENSHOT).setFullPage(true));
        throw e;
      }
    }

    assertThat(outside).as("requests to anything but this application").isEmpty();
    assertThat(scriptErrors).as("script errors on the page").isEmpty();
    assertThat(Files.size(SCREENSHOT)).isPositive();
  }

  @SuppressWarnings("unchecked")
  private static List<String> kindsOf(Locator rows) {
    return (List<String>) rows.evaluateAll("rows => rows.map(row => row.dataset.kind)");
  }
}
