package com.residentdesk.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.DeskFixture;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * GOV-01 as its users see it: the centre manager opens "审批流程变更" in Tasklist, reads what changed in
 * words, approves; the auditor finds the change with who, when, why and what on the audit page's
 * procedure record, on a phone too. In the governance tests' own context: the approval changes the
 * models.
 */
@ActiveProfiles("governance-test")
class ProcedureApprovalBrowserTest extends BrowserTestSupport {

  @Test
  void theManagerReadsTheChangeInWordsApprovesItAndTheAuditorFindsItOnTheRecord_GOV01() {
    String triage =
        GovernanceTestSupport.inUse(engine, "processes/triage/triage.dmn", "triage", true);
    String current = triage.contains("\"PT20M\"") ? "PT25M" : "PT20M";
    Reply proposed =
        as("owner")
            .postMultipart(
                "/engine-rest/deployment/create",
                GovernanceTestSupport.modelerDeployment(
                    "门锁求助派单时限改为 " + current,
                    Map.of(
                        "triage.dmn",
                        GovernanceTestSupport.withDispatchWithin(triage, "Lockout", current))));
    assertThat(proposed.status()).as("%s", proposed).isEqualTo(HttpStatus.OK);
    long change = proposed.json().path("procedureChangeId").asLong();

    try (BrowserContext desk = newContext("zh-CN", 1366, 900)) {
      Page page = newPage(desk);
      signInToWelcome(page, "manager", DeskFixture.PASSWORD);
      page.navigate(site() + "/camunda/app/tasklist/default/");
      page.getByText("审批流程变更").first().click();
      Locator form = page.locator(".fjs-container");
      form.getByText("变更 #" + change).waitFor();
      assertThat(form.innerText()).contains("门锁求助派单时限改为").contains("→").contains("owner");
      page.screenshot(
          new Page.ScreenshotOptions().setPath(Paths.get("target", "procedure-approval.png")));
      if (page.getByText("认领").count() > 0) {
        page.getByText("认领").first().click();
      }
      form.getByText("批准：新案件从现在起使用新版本").click();
      form.locator("textarea").fill("同意，门外等候时间应缩短");
      page.locator("button:has-text('完成')").last().click();
      page.getByText("请在列表中选择一个任务").waitFor();
    }
    assertThat(
            as("auditor")
                .get("/api/procedures/changes/{id}", change)
                .json()
                .path("status")
                .asText())
        .isEqualTo("APPROVED");

    try (BrowserContext phone = newContext("zh-CN", 390, 844)) {
      Page page = newPage(phone);
      page.navigate(site() + "/audit/#/procedures");
      page.locator("#sign-in-user").fill("auditor");
      page.locator("#sign-in-password").fill(DeskFixture.PASSWORD);
      page.locator("#sign-in-button").click();
      Locator row = page.locator("#change-list tr[data-change='" + change + "']");
      row.waitFor();
      assertThat(row.innerText())
          .contains("已批准")
          .contains("manager")
          .contains("同意，门外等候时间应缩短")
          .contains("owner")
          .contains("→");
      assertThat(
              page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("流程变更与复审"))
                  .isVisible())
          .isTrue();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Paths.get("target", "procedure-record-phone.png"))
              .setFullPage(true));
    }
    assertThat(outside).isEmpty();
    assertThat(scriptErrors).isEmpty();
  }
}
