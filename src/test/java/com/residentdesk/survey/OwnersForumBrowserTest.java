package com.residentdesk.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.TasklistPage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer-service head records an owners' forum from Tasklist's start form (QA-08), in Chinese
 * on a desk; the same form reads English on an English phone. Screenshots: {@code
 * target/owners-forum-start-form.png}, {@code target/owners-forum-start-form-en-phone.png}.
 */
class OwnersForumBrowserTest extends BrowserTestSupport {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired private OwnersForumRepository forums;
  @Autowired private CorrectiveActions corrections;

  @AfterEach
  void nothingFromOutsideAndNoScriptErrors() {
    assertThat(outside).as("requests to anything but this application").isEmpty();
    assertThat(scriptErrors).as("script errors on the page").isEmpty();
  }

  @Test
  void theHeadRecordsAForumInTasklist_QA08() {
    String theme = "电梯维保座谈会 " + System.nanoTime();
    // the time picker steps by a quarter of an hour
    LocalDateTime earlier = LocalDateTime.now(SHANGHAI).minusHours(3);
    LocalDateTime held =
        earlier.withMinute(earlier.getMinute() / 15 * 15).withSecond(0).withNano(0);
    java.time.LocalDate due1 = java.time.LocalDate.now(SHANGHAI).plusDays(14);
    java.time.LocalDate due2 = java.time.LocalDate.now(SHANGHAI).plusDays(7);
    try (BrowserContext desk = newContext("zh-CN", 1280, 1000)) {
      TasklistPage head = new TasklistPage(newPage(desk), site()).signIn("cshead");
      Page page = head.page();
      page.getByText("发起流程").first().click();
      page.getByText("业主座谈会记录").first().click();
      page.locator(".fjs-form").first().waitFor();
      assertThat(page.locator(".fjs-form")).containsText("会后记录业主座谈会");
      head.fill("座谈会主题", theme)
          .dateTime("forumHeldAt", held)
          .fill("参会人员", "业主代表 6 人；客服主管、工程部主管")
          .fill("业主意见", "3 号楼电梯周末常停运")
          .fill("跟进措施（可选）", "维保单位周末加派值班");
      // the second matter to correct shows once the first is filled in, the third once the second
      // is
      assertThat(page.getByLabel("需要整改的事项 2（可选）")).hasCount(0);
      head.fill("需要整改的事项（可选）", "3 号楼电梯周末安排专人值守")
          .pick("整改负责部门", 0, "工程部")
          .date("forumCorrectionDue", due1);
      page.getByLabel("需要整改的事项 2（可选）").waitFor();
      assertThat(page.getByLabel("需要整改的事项 3（可选）")).hasCount(0);
      head.fill("需要整改的事项 2（可选）", "电梯停运时在大堂张贴通知")
          .pick("整改负责部门", 1, "客服前台")
          .date("forumCorrection2Due", due2);
      page.getByLabel("需要整改的事项 3（可选）").waitFor();
      head.screenshot("owners-forum-start-form");
      Locator start = page.locator(".modal-footer button:has-text('开始'):not([disabled])");
      start.waitFor();
      start.click();
      page.getByText("流程已发起").first().waitFor();
    }
    List<OwnersForum> recorded =
        forums.findAll().stream().filter(f -> f.getTheme().equals(theme)).toList();
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).getRecordedBy()).isEqualTo("cshead");
    assertThat(recorded.get(0).getOpinions()).isEqualTo("3 号楼电梯周末常停运");
    assertThat(recorded.get(0).getHeldAt()).isEqualTo(held.atZone(SHANGHAI).toInstant());
    // each matter to correct became a corrective action with its department and deadline
    List<CorrectiveAction> raised =
        corrections.of(CorrectiveAction.Source.FORUM, recorded.get(0).getId());
    assertThat(raised).hasSize(2);
    assertThat(raised.stream().map(CorrectiveAction::getDescription))
        .containsExactlyInAnyOrder("3 号楼电梯周末安排专人值守", "电梯停运时在大堂张贴通知");
    CorrectiveAction second =
        raised.stream()
            .filter(a -> a.getDescription().startsWith("电梯停运"))
            .findFirst()
            .orElseThrow();
    assertThat(second.getOwnerGroup()).isEqualTo("front-desk");
    assertThat(second.getDueAt()).isEqualTo(due2.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
  }

  @Test
  void onAnEnglishPhoneTheFormReadsEnglish_QA08() {
    try (BrowserContext phone = newContext("en-US", 390, 844)) {
      Page page = newPage(phone);
      new TasklistPage(page, site()).signIn("manager");
      // on a phone the menu is folded: the link is there but not visible
      page.locator("a:has-text('Start process')").first().dispatchEvent("click");
      page.getByText("业主座谈会记录").first().click();
      page.locator(".fjs-form").first().waitFor();
      assertThat(page.locator(".fjs-form")).containsText("Theme of the forum");
      assertThat(page.locator(".fjs-form")).containsText("Owners' opinions");
      assertThat(page.locator(".fjs-form")).containsText("Matter to correct (optional)");
      page.getByLabel("Matter to correct (optional)").fill("Lift lobby lights");
      page.getByLabel("Matter to correct 2 (optional)").waitFor();
      assertNoSidewaysScroll(page);
      assertNoSidewaysScroll(page);
      screenshot(page, "owners-forum-start-form-en-phone");
    }
  }
}
