package com.residentdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.TasklistPage;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The issue-14 screens in a Chinese browser: an engineer answers a big problem with a plan and a
 * date on a phone (SVC-03), and a clerk refers what the centre cannot do to an outside body on the
 * desktop (CAT-03). Screenshots are left in {@code target/svc03-*.png} and {@code
 * target/cat03-*.png}.
 */
class BigProblemAndReferralBrowserTest extends BrowserTestSupport {

  @Autowired private ServiceCaseRepository cases;

  private void openTask(Page page, Task task) {
    page.navigate(site() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
  }

  @Test
  void anEngineerAnswersABigProblemWithAPlanOnAPhone_SVC03() {
    String number = numberOf(submit("webform", newCase("repair", "big")));
    completeDeskReview(number, "dispatch");
    completeTask(
        "supervisor",
        number,
        ResidentRequestProcess.Element.ASSIGN_HANDLER,
        ResidentRequestProcess.Var.HANDLER.of("engineer"));
    Task respond = openTask(number, ResidentRequestProcess.Element.RESPOND_WITH_PLAN);
    LocalDate fixDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5);

    try (BrowserContext phone = newContext("zh-CN", 390, 844)) {
      Page page = newPage(phone);
      signInToWelcome(page, "engineer", DeskFixture.PASSWORD);
      openTask(page, respond);
      page.getByText("已给出维修方案").first().click();
      new TasklistPage(page, site()).dateTime("plannedFixAt", fixDay.atTime(9, 0));
      page.getByLabel("告知住户的内容", new Page.GetByLabelOptions().setExact(false)).click();
      page.getByLabel("告知住户的内容", new Page.GetByLabelOptions().setExact(false))
          .fill("已电话告知王女士：阳台门整体更换，" + fixDay + " 上午 9 点上门安装");
      new TasklistPage(page, site()).completable(60_000);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setFullPage(true)
              .setPath(Paths.get("target", "svc03-respond-with-plan-phone.png")));
      page.locator("button:has-text('完成')").first().click();
      for (int i = 0;
          i < 60 && cases.findByCaseNumber(number).orElseThrow().getPlannedFixAt() == null;
          i++) {
        page.waitForTimeout(500);
      }
    }

    Task fix = openTask(number, ResidentRequestProcess.Element.FIX_AS_PLANNED);
    assertThat(fix.getAssignee()).isEqualTo("engineer");
    assertThat(fix.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
        .isEqualTo(fixDay);
    assertThat(scriptErrors).isEmpty();
  }

  @Test
  void aClerkRefersWhatTheCentreCannotDoToAnOutsideBody_CAT03() {
    String number = numberOf(submit("webform", newCase("everyday-help", null)));
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);

    try (BrowserContext desk = newContext("zh-CN", 1280, 1000)) {
      Page page = newPage(desk);
      signInToWelcome(page, "clerk", DeskFixture.PASSWORD);
      openTask(page, review);
      page.locator("a:has-text('认领'), button:has-text('认领')").first().click();
      page.getByText("转介外部单位（本中心无法处理）").first().click();
      page.getByLabel("转介给（单位名称）", new Page.GetByLabelOptions().setExact(false)).fill("燃气公司");
      page.getByLabel("联系人、电话或受理编号", new Page.GetByLabelOptions().setExact(false))
          .fill("客服热线 962777，受理号 G-1182");
      new TasklistPage(page, site()).completable(60_000);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setFullPage(true)
              .setPath(Paths.get("target", "cat03-referral-zh.png")));
      page.locator("button:has-text('完成')").first().click();
      for (int i = 0;
          i < 60 && !cases.findByCaseNumber(number).orElseThrow().isClosedAtDesk();
          i++) {
        page.waitForTimeout(500);
      }
    }

    assertThat(cases.findByCaseNumber(number).orElseThrow().isClosedAtDesk()).isTrue();
    assertThat(scriptErrors).isEmpty();
  }
}
