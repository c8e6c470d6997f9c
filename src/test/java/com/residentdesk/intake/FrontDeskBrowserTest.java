package com.residentdesk.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.TasklistPage;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Chinese front desk's day in a real browser (Chromium): the clerk registers "1栋502室 厨房漏水"
 * choosing the subcategory from the list, reads the case number back at once, completes the
 * front-desk task with the case in view and dispatches to a person of the handling group picked
 * from the list (the one on duty first, HLP-01), who sends the handler, and the engineer on his
 * phone sees the case and the earlier notes. An English browser gets English: menus, the forms and
 * the case block. Screenshots are left in {@code target/front-desk-*.png}.
 */
class FrontDeskBrowserTest extends BrowserTestSupport {

  private static final String DESK_NOTE = "住户在家，需水管工上门";

  @Autowired private ServiceCaseRepository cases;

  @Test
  void aClerkRegistersARequestAsTheResidentSaysItAndItIsDispatchedFromAList_INT02_HLP01() {
    String number;
    try (BrowserContext desk = newContext("zh-CN", 1280, 1000)) {
      Page page = newPage(desk);
      signInToTasklist(page, "clerk");

      page.getByText("发起流程").first().click();
      page.getByText("住户报事报修").first().click();
      page.locator(".fjs-form").waitFor();
      assertThat(page.locator(".fjs-form")).not().containsText("INT-0");
      pick(page, "来源渠道", "电话");
      page.getByLabel("房号").fill("1栋502室");
      page.getByLabel("住户姓名").fill("王芳");
      page.getByLabel("联系电话").fill("138 0000 0502");
      pick(page, "类别", "维修");
      openList(page, "细类");
      assertThat(page.locator(".fjs-dropdownlist-item").filter(hasText("爆管（紧急）"))).hasCount(1);
      page.locator(".fjs-dropdownlist-item").filter(hasText("漏水、渗水")).first().click();
      page.getByLabel("问题描述").fill("厨房漏水");
      page.getByLabel("具体位置").fill("厨房");
      // the clerk works for one property: nothing to choose
      assertThat(page.locator(".fjs-form")).not().containsText("物业项目");
      page.locator(".modal-footer button.btn-primary").click();

      Locator notice = page.locator(".notifications, .page-notifications").getByText("案件编号");
      notice.first().waitFor();
      number = page.locator("body").getAttribute("data-desk-case-number");
      assertThat(notice.first()).containsText(number);
      ServiceCase registered = cases.findByCaseNumber(number).orElseThrow();
      assertThat(registered.getRequest().unit()).as("the register's name").isEqualTo("1-0502");
      assertThat(registered.getRequest().subcategory()).isEqualTo("leak");

      // the queue holds other tests' requests too: open this case's task as its link does
      Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
      page.navigate(site() + "/camunda/app/tasklist/default/#/?task=" + review.getId());
      assertThat(page.getByText(Pattern.compile("前台处理或转派 · " + number + " · 1栋502室 · 维修")).first())
          .isVisible();
      Locator form = page.locator(".fjs-form");
      form.waitFor();
      assertThat(form).containsText("案件 " + number);
      assertThat(form).containsText("1栋502室");
      assertThat(form).containsText("维修 / 漏水、渗水");
      assertThat(form).containsText("优先级：普通");
      assertThat(form).containsText("厨房漏水");
      assertThat(form).containsText("本任务办理时限");
      assertThat(form).containsText("派工时限");
      assertThat(form).not().containsText("CAT-0");
      claim(page);
      page.getByLabel("派给处理组").check();
      // dispatching, the clerk picks whom to notify from the handling group, on duty first
      openList(page, "通知谁派工");
      Locator notified = page.locator(".fjs-dropdownlist-item");
      assertThat(notified.first()).containsText("当班");
      assertThat(notified.first()).containsText("engineer");
      notified.first().click();
      page.getByLabel("备注").fill(DESK_NOTE);
      page.screenshot(screenshot("front-desk-review"));
      complete(page);
      assertThat(page.locator(".fjs-form")).hasCount(0);
    }

    Task assign = openTask(number, ResidentRequestProcess.Element.ASSIGN_HANDLER);
    // the person the clerk notified has the dispatch and sends someone (HLP-01)
    assertThat(assign.getAssignee()).isEqualTo("engineer");
    try (BrowserContext dispatcher = newContext("zh-CN", 1280, 1000)) {
      Page page = newPage(dispatcher);
      signInToTasklist(page, assign.getAssignee());
      page.navigate(site() + "/camunda/app/tasklist/default/#/?task=" + assign.getId());
      page.locator(".fjs-form").waitFor();
      claim(page);
      openList(page, "处理人");
      Locator people = page.locator(".fjs-dropdownlist-item");
      assertThat(people.first()).containsText("当班");
      assertThat(people.first()).containsText("engineer");
      people.first().click();
      page.screenshot(screenshot("front-desk-dispatch"));
      complete(page);
      assertThat(page.locator(".fjs-form")).hasCount(0);
    }
    assertThat(cases.findByCaseNumber(number).orElseThrow().getHandler()).isEqualTo("engineer");

    Task onSite = openTask(number, ResidentRequestProcess.Element.HANDLE_ON_SITE);
    try (BrowserContext phone = newContext("zh-CN", 390, 844)) {
      Page page = newPage(phone);
      signInToTasklist(page, "engineer");
      page.navigate(site() + "/camunda/app/tasklist/default/#/?task=" + onSite.getId());
      Locator form = page.locator(".fjs-form");
      form.waitFor();
      assertThat(form).containsText("案件 " + number);
      assertThat(form).containsText("王芳");
      assertThat(form).containsText("此前的处理记录");
      assertThat(form).containsText(DESK_NOTE);
      assertThat(form).containsText("前台处理或转派");
      page.getByText("此前的处理记录").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Paths.get("target", "front-desk-engineer-phone.png")));
    }
    assertThat(scriptErrors).isEmpty();
    assertThat(outside).isEmpty();
  }

  @Test
  void anEnglishBrowserGetsEnglishMenusFormsAndCaseBlock_INT02() {
    String number;
    try (BrowserContext desk = newContext("en-US", 1280, 900)) {
      Page page = newPage(desk);
      signInToTasklist(page, "clerk");
      assertThat(page.getByText("Start process").first()).isVisible();
      assertThat(page.locator("body")).containsText("Front desk: team queue");
      page.getByText("Start process").first().click();
      page.getByText("Resident request").first().click();
      Locator start = page.locator(".fjs-form");
      start.waitFor();
      assertThat(start).containsText("Register the resident's request");
      pick(page, "Channel", "Phone");
      page.getByLabel("Unit").fill("1栋502室");
      page.getByLabel("Resident name").fill("王芳");
      page.getByLabel("Phone").fill("138 0000 0502");
      pick(page, "Category", "Repair");
      openList(page, "Subcategory");
      assertThat(page.locator(".fjs-dropdownlist-item").filter(hasText("Burst pipe (emergency)")))
          .hasCount(1);
      page.locator(".fjs-dropdownlist-item").filter(hasText("Leak or seepage")).first().click();
      page.getByLabel("Problem").fill("厨房漏水");
      page.getByLabel("Location").fill("厨房");
      page.screenshot(screenshot("front-desk-english-start"));
      assertThat(start).not().containsText("房号");
      page.locator(".modal-footer button.btn-primary").click();

      Locator notice = page.locator(".notifications, .page-notifications").getByText("Case number");
      notice.first().waitFor();
      number = page.locator("body").getAttribute("data-desk-case-number");

      Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
      page.navigate(site() + "/camunda/app/tasklist/default/#/?task=" + review.getId());
      Locator form = page.locator(".fjs-form");
      form.waitFor();
      assertThat(form).containsText("Case " + number);
      assertThat(form).containsText("Repair / leak");
      assertThat(form).containsText("Unit: 1栋502室");
      assertThat(form).containsText("Due:");
      assertThat(form).containsText("How does the front desk proceed?");
      assertThat(form).containsText("Dispatch to the handling group");
      assertThat(form).not().containsText("案件");
      assertThat(form).not().containsText("前台如何处理");
      // due and created times in English, as the rest of the page
      assertThat(page.locator("ol.tasks-list")).containsText("Created");
      assertThat(page.locator("ol.tasks-list"))
          .not()
          .containsText(Pattern.compile("创建|截止|天后|秒前|分钟前|年.*月"));
      page.screenshot(screenshot("front-desk-english"));
    }
    assertThat(scriptErrors).isEmpty();
  }

  @Test
  void aClerkOfTwoPropertiesChoosesTheRequestsPropertyFromAList_INT02() {
    try (BrowserContext desk = newContext("zh-CN", 1280, 1000)) {
      Page page = newPage(desk);
      signInToTasklist(page, DeskFixture.CLERK_OF_BOTH);
      page.getByText("发起流程").first().click();
      page.getByText("住户报事报修").first().click();
      page.locator(".fjs-form").waitFor();
      // form-js's placeholder in Chinese too
      assertThat(page.locator(".fjs-select-placeholder").first()).hasText("请选择");
      openList(page, "物业项目");
      Locator properties = page.locator(".fjs-dropdownlist-item");
      assertThat(properties).hasCount(2);
      assertThat(properties.first()).containsText("(" + DeskFixture.PROPERTY_A + ")");
      page.screenshot(screenshot("front-desk-property-choice"));
    }
    assertThat(scriptErrors).isEmpty();
  }

  // Tasklist as staff use it: the shared page object (support.TasklistPage)

  private void signInToTasklist(Page page, String user) {
    new TasklistPage(page, site()).signIn(user);
  }

  private void openList(Page page, String label) {
    new TasklistPage(page, site()).openList(label);
  }

  private void pick(Page page, String label, String option) {
    new TasklistPage(page, site()).pick(label, option);
  }

  private void claim(Page page) {
    new TasklistPage(page, site()).claim();
  }

  private void complete(Page page) {
    new TasklistPage(page, site()).complete();
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  private static Page.ScreenshotOptions screenshot(String name) {
    return new Page.ScreenshotOptions()
        .setPath(Paths.get("target", name + ".png"))
        .setFullPage(true);
  }
}
