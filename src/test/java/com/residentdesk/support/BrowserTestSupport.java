package com.residentdesk.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
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

/**
 * Real-browser tests: headless SYSTEM Chromium ({@code /usr/bin/chromium}, Debian's package {@code
 * chromium}) driven by Playwright, which never downloads a browser. Every request that is not to
 * this application is aborted and recorded, so a page must load nothing from outside. Without that
 * Chromium each test is skipped with a message, unless {@code BROWSER_REQUIRED=true}, which turns
 * the skip into a failure.
 */
public abstract class BrowserTestSupport extends HttpTestSupport {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
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
      "Browser test SKIPPED: no Chromium at " + CHROMIUM + " (apt-get install chromium)";

  private static Playwright playwright;
  private static Browser browser;

  /** Requests to anything but this application, aborted, and script errors of the pages. */
  protected final List<String> outside = new CopyOnWriteArrayList<>();

  protected final List<String> scriptErrors = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startBrowser() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equalsIgnoreCase(System.getenv("BROWSER_REQUIRED"))) {
        Assertions.fail(NO_CHROMIUM.replace("SKIPPED", "FAILED") + ", and BROWSER_REQUIRED=true");
      }
      System.out.println(NO_CHROMIUM);
      return; // each test is skipped (and counted as skipped) in requireBrowser()
    }
    // a page's assertions wait as long as its actions: a busy CI machine answers in seconds, not ms
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
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
      browser = null;
    }
    if (playwright != null) {
      playwright.close();
      playwright = null;
    }
  }

  protected String site() {
    return "http://localhost:" + port;
  }

  /**
   * A fresh browser (no cookies) whose language is {@code locale} (navigator.languages and
   * Accept-Language), in Shanghai time, with a viewport of the given size.
   */
  protected BrowserContext newContext(String locale, int width, int height) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale(locale)
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(width, height));
    context.setDefaultTimeout(
        60_000); // the webapps load 2 MB of scripts; a busy CI machine took > 30 s
    String site = site();
    context.route(
        url -> !(url.startsWith(site + "/") || url.startsWith("data:")),
        route -> {
          outside.add(route.request().url());
          route.abort();
        });
    return context;
  }

  protected Page newPage(BrowserContext context) {
    Page page = context.newPage();
    page.onPageError(scriptErrors::add);
    return page;
  }

  /** The page fits the viewport's width: a phone never scrolls sideways. */
  protected static void assertNoSidewaysScroll(Page page) {
    org.assertj.core.api.Assertions.assertThat(
            (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
        .as("the page fits the phone's width")
        .isTrue();
  }

  /** A full-page screenshot left in {@code target/<name>.png}, to look at after the build. */
  protected static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(java.nio.file.Paths.get("target", name + ".png"))
            .setFullPage(true));
  }

  /** Signs in on the Camunda Welcome page, as staff do. */
  protected void signInToWelcome(Page page, String user, String password) {
    page.navigate(site() + "/camunda/app/welcome/default/#!/login");
    page.locator("input[ng-model=username]").fill(user);
    page.locator("input[ng-model=password]").fill(password);
    page.locator("button[type=submit]").click();
    page.locator(".user-profile-name").first().waitFor();
  }
}
