package com.residentdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.TasklistPage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An engineer on a visit registers what a resident told him from Tasklist's start form on a phone,
 * in Chinese (INT-03): the case is in the register at once. Screenshot: {@code
 * target/staff-quick-report-phone.png}.
 */
class StaffQuickReportBrowserTest extends BrowserTestSupport {

  private static final String DESCRIPTION = "楼下住户说 5 号楼电梯按钮失灵";

  @Autowired private ServiceCaseRepository cases;

  @Test
  void anEngineerRegistersARequestHeardOnAVisitFromAPhone_INT03() {
    String number;
    try (BrowserContext phone = newContext("zh-CN", 390, 844)) {
      Page page = newPage(phone);
      TasklistPage tasklist = new TasklistPage(page, site()).signIn("engineer");
      Locator start = page.locator(".start-process-action").first();
      if (!start.isVisible()) {
        page.locator(".navbar-toggle, .navbar-toggler").first().click();
      }
      start.click();
      page.locator(".modal-dialog").getByText("员工快速报事").first().click();
      page.locator(".modal-dialog .fjs-form").waitFor();

      tasklist
          .pick("如何得知", "来访")
          .fill("房号", "1栋502室")
          .fill("住户姓名", "王阿姨")
          .fill("联系电话", "138 0013 8000")
          .pick("类别", "维修")
          .pick("细类", "小修")
          .fill("问题描述", DESCRIPTION)
          .fill("具体位置", "5 号楼电梯");
      assertNoSidewaysScroll(page);
      screenshot(page, "staff-quick-report-phone");
      page.locator(".modal-footer button:has-text('开始')").click();
      // the case number to tell the resident, as after the clerk's intake form
      page.locator("body[data-desk-case-number]").waitFor();
      number = page.locator("body").getAttribute("data-desk-case-number");
      page.getByText("案件编号 " + number).first().waitFor();
      screenshot(page, "staff-quick-report-sent-phone");
    }

    ServiceCase registered = registered().orElseThrow(() -> new AssertionError("not registered"));
    assertThat(registered.getCaseNumber()).isEqualTo(number);
    assertThat(registered.getRequest().channel()).isEqualTo("walk-in");
    assertThat(registered.getRequest().unit()).isEqualTo("1-0502");
    assertThat(scriptErrors).isEmpty();
  }

  private Optional<ServiceCase> registered() {
    return cases.findAll().stream()
        .filter(c -> DESCRIPTION.equals(c.getRequest().description()))
        .findFirst();
  }
}
