package com.residentdesk.triage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.TasklistPage;
import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * A supervisor re-prioritises a case from Tasklist's start form on a phone, in Chinese (CAT-04): a
 * wrong case number is refused under the form in Chinese, the right one changes the case and the
 * dispatch task's due date follows. Screenshots: {@code target/reprioritise-refused-phone.png},
 * {@code target/reprioritise-filled-phone.png}.
 */
class ReprioritisationBrowserTest extends BrowserTestSupport {

  @Autowired private ServiceCaseRepository cases;

  @Test
  void aSupervisorMakesARepairBigAndUrgentFromTheStartFormOnAPhone_CAT04() {
    String number = numberOf(submit("webform", newCase("repair", "small")));
    assertThat(completeDeskReview(number, "dispatch").status()).isEqualTo(HttpStatus.NO_CONTENT);
    ServiceCase before = cases.findByCaseNumber(number).orElseThrow();

    try (BrowserContext phone = newContext("zh-CN", 390, 844)) {
      Page page = newPage(phone);
      TasklistPage tasklist = new TasklistPage(page, site()).signIn("supervisor");
      openStartForm(page, "调整工单类别或优先级");

      tasklist.fill("工单编号", "RS-XX-20200101-0001").fill("调整原因", "住户家中无水，独居老人");
      start(page);
      Locator refusal = page.locator(".modal-dialog").getByText("没有您可查看的工单 RS-XX-20200101-0001");
      assertThat(refusal.first()).isVisible();
      assertNoSidewaysScroll(page);
      screenshot(page, "reprioritise-refused-phone");

      tasklist.fill("工单编号", number).pick("新类别", "维修").pick("新细类", "大修").pick("新优先级", "急");
      screenshot(page, "reprioritise-filled-phone");
      start(page);
      page.getByText("流程已发起").first().waitFor();
      page.waitForTimeout(1500);
      assertThat(page.locator("body").getAttribute("data-desk-case-number"))
          .as("no 'registered, read the number back' notice: the case existed already")
          .isNull();
    }

    ServiceCase after = cases.findByCaseNumber(number).orElseThrow();
    assertThat(after.getTriage().priority()).isEqualTo("urgent");
    assertThat(after.getRequest().subcategory()).isEqualTo("big");
    assertThat(openTask(number, ResidentRequestProcess.Element.ASSIGN_HANDLER).getDueDate())
        .isEqualTo(Date.from(before.getReceivedAt().plus(Duration.ofHours(1))));
    assertThat(scriptErrors).isEmpty();
  }

  private String priorityOf(String number) {
    return cases.findByCaseNumber(number).orElseThrow().getTriage().priority();
  }

  /** On a phone Tasklist folds its header menu: unfold it to reach 发起流程. */
  private static void openStartForm(Page page, String process) {
    Locator start = page.locator(".start-process-action").first();
    if (!start.isVisible()) {
      page.locator(".navbar-toggle, .navbar-toggler").first().click();
    }
    start.click();
    page.locator(".modal-dialog").getByText(process).first().click();
    page.locator(".modal-dialog .fjs-form").waitFor();
  }

  private static void start(Page page) {
    page.locator(".modal-footer button:has-text('开始')").click();
  }
}
