package com.residentdesk.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The responder on a phone (EMG-04): the link in his alert opens his "Arrive on site" task in
 * Tasklist, where one tap on Complete records the arrival with the server's clock; his next task is
 * the handling. Drives the system Chromium like {@code AuditorPageBrowserTest} (skipped without it
 * unless {@code BROWSER_REQUIRED=true}); a screenshot is left in {@code
 * target/responder-arrival-phone.png}.
 */
class ResponderArrivalBrowserTest extends HttpTestSupport {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Pattern TASK_LINK = Pattern.compile("(/camunda/app/tasklist/\\S+task=\\S+)");

  @Autowired private OutboxRepository outbox;
  @Autowired private ServiceCaseRepository cases;

  @Test
  void theAlertLinkOpensTheArrivalAndOneTapRecordsIt_EMG04() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equalsIgnoreCase(System.getenv("BROWSER_REQUIRED"))) {
        Assertions.fail("No Chromium at " + CHROMIUM + ", and BROWSER_REQUIRED=true");
      }
      Assumptions.abort("Responder browser test SKIPPED: no Chromium at " + CHROMIUM);
    }
    String number = numberOf(submit("clerk", newCase("repair", "burst-pipe")));
    Task arrival = openTask(number, EmergencyResponseProcess.Element.ARRIVE_ON_SITE);
    Long caseId = cases.findByCaseNumber(number).orElseThrow().getId();
    List<OutboxMessage> alerts =
        outbox.findByCaseIdAndPurpose(caseId, MessagePurpose.EMERGENCY_ALERT).stream()
            .filter(m -> m.getRecipient().startsWith(arrival.getAssignee() + "@"))
            .toList();
    assertThat(alerts).hasSize(1);
    Matcher link = TASK_LINK.matcher(alerts.get(0).getBody());
    assertThat(link.find()).as(alerts.get(0).getBody()).isTrue();
    String site = "http://localhost:" + port;

    try (Playwright playwright =
            Playwright.create(
                new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser =
            playwright
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
        BrowserContext phone =
            browser.newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(390, 844)
                    .setIsMobile(true)
                    .setHasTouch(true)
                    .setLocale("zh-CN"))) {
      phone.setDefaultTimeout(60_000);
      Page page = phone.newPage();
      page.navigate(site + "/camunda/app/tasklist/default/");
      page.fill("input[type=text]", arrival.getAssignee());
      page.fill("input[type=password]", DeskFixture.PASSWORD);
      page.click("button[type=submit]");
      page.waitForSelector("text=/team queue/");

      page.navigate(site + link.group(1));
      page.getByText("到达现场后").first().waitFor();
      page.getByText("到达现场后").first().scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions().setPath(Paths.get("target", "responder-arrival-phone.png")));
      page.locator("button:has-text('完成'), button:has-text('Complete')").first().click();
      page.waitForSelector("text=/处置紧急情况并报告/");
    }

    assertThat(cases.findByCaseNumber(number).orElseThrow().getArrivedAt()).isNotNull();
    assertThat(openTask(number, EmergencyResponseProcess.Element.HANDLE_EMERGENCY).getAssignee())
        .isEqualTo(arrival.getAssignee());
  }
}
