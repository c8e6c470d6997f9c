package com.residentdesk.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.DeskFixture;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Camunda webapps in a real browser (issue 13): Chinese for a Chinese browser and for one that
 * asks for neither Chinese nor English, English for an English one; no "migrate to Camunda 8"
 * banner; no "Create task" in Tasklist. Screenshots are left in {@code target/webapp-*.png}.
 */
class CamundaWebappsBrowserTest extends BrowserTestSupport {

  @AfterEach
  void nothingFromOutsideAndNoScriptErrors() {
    assertThat(outside).as("requests to anything but this application").isEmpty();
    assertThat(scriptErrors).as("script errors on the page").isEmpty();
  }

  @Test
  void aChineseBrowserGetsTasklistInChineseWithoutCreateTaskOrBanner() {
    try (BrowserContext context = newContext("zh-CN", 1280, 900)) {
      Page page = newPage(context);
      page.navigate(site() + "/camunda/app/tasklist/default/");
      assertThat(page.locator("button[type=submit]")).hasText("登录");
      assertThat(page.locator("input[ng-model=username]")).hasAttribute("placeholder", "用户名");

      signInToTasklist(page, "clerk");
      assertThat(page.locator(".start-process-action")).containsText("发起流程");
      assertThat(page.locator("[cam-widget-header]")).not().containsText("创建任务");
      assertThat(page.locator("[cam-widget-header]")).not().containsText("Create task");
      assertThat(page.locator(".ce-eol-banner")).isHidden();
      assertThat((String) page.evaluate("document.body.innerText")).doesNotContain("Camunda 8");
      assertThat(page).hasTitle("服务台 任务列表");
      assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
      page.screenshot(
          new Page.ScreenshotOptions().setPath(Paths.get("target", "webapp-tasklist-zh.png")));
    }
  }

  @Test
  void anEnglishBrowserGetsTasklistInEnglish() {
    try (BrowserContext context = newContext("en-GB", 1280, 900)) {
      Page page = newPage(context);
      page.navigate(site() + "/camunda/app/tasklist/default/");
      assertThat(page.locator("button[type=submit]")).hasText("Log in");

      signInToTasklist(page, "clerk");
      assertThat(page.locator(".start-process-action")).containsText("Start process");
      assertThat(page.locator("[cam-widget-header]")).not().containsText("Create task");
      assertThat(page.locator(".ce-eol-banner")).isHidden();
      page.screenshot(
          new Page.ScreenshotOptions().setPath(Paths.get("target", "webapp-tasklist-en.png")));
    }
  }

  @Test
  void aBrowserAskingForNeitherGetsChineseOnAPhone() {
    try (BrowserContext context = newContext("fr-FR", 390, 844)) {
      Page page = newPage(context);
      page.navigate(site() + "/camunda/app/cockpit/default/");
      assertThat(page.locator("button[type=submit]")).hasText("登录");
      page.locator("input[ng-model=username]").fill("manager");
      page.locator("input[ng-model=password]").fill(DeskFixture.PASSWORD);
      page.locator("button[type=submit]").click();
      assertThat(page.locator("body")).containsText("运行中的流程实例");
      // the app menu under the house icon names the apps in Chinese too
      assertThat(page.locator("[cam-widget-header] .dropdown-menu li.tasklist")).hasText("任务列表");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Paths.get("target", "webapp-cockpit-phone.png"))
              .setFullPage(true));
    }
  }

  @Test
  void tasklistOffersOnlyWhatTheEngineAllows() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    String review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW).getId();

    try (BrowserContext context = newContext("zh-CN", 1280, 900)) {
      Page page = newPage(context);
      page.navigate(site() + "/camunda/app/tasklist/default/");
      signInToTasklist(page, "auditor");
      // auditors start no process and only read tasks: nothing to start, claim, comment or submit
      assertThat(page.locator(".start-process-action")).isHidden();
      page.navigate(site() + "/camunda/app/tasklist/default/#/?task=" + review);
      assertThat(page.locator(".task-details .names")).containsText(number);
      assertThat(page.locator("body"))
          .hasClass(java.util.regex.Pattern.compile(".*desk-task-read-only.*"));
      assertThat(page.locator(".task-details .claim")).isHidden();
      assertThat(page.locator(".task-details .createCommentLink")).isHidden();
      assertThat(page.locator(".task-details .form-actions")).isHidden();
      page.screenshot(
          new Page.ScreenshotOptions().setPath(Paths.get("target", "webapp-tasklist-auditor.png")));
    }
    try (BrowserContext context = newContext("zh-CN", 1280, 900)) {
      Page page = newPage(context);
      page.navigate(site() + "/camunda/app/tasklist/default/");
      signInToTasklist(page, "clerk");
      page.locator(".start-process-action").waitFor();
      page.navigate(site() + "/camunda/app/tasklist/default/#/?task=" + review);
      assertThat(page.locator(".task-details .names")).containsText(number);
      assertThat(page.locator(".task-details .claim")).isVisible();
      assertThat(page.locator(".task-details .claim")).hasText("认领");
      assertThat(page.locator("body"))
          .not()
          .hasClass(java.util.regex.Pattern.compile(".*desk-task-read-only.*"));
    }
  }

  private void signInToTasklist(Page page, String user) {
    page.locator("input[ng-model=username]").fill(user);
    page.locator("input[ng-model=password]").fill(DeskFixture.PASSWORD);
    page.locator("button[type=submit]").click();
    page.locator(".task-filter").first().waitFor();
  }
}
