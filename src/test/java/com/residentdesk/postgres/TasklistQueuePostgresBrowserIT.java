package com.residentdesk.postgres;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.TasklistPage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A clerk's Tasklist on PostgreSQL in a real browser, Chinese first and on a phone: the team queue
 * shows its tasks and its count, the same count on every reload, past the runs after which pgJDBC
 * prepares a statement and PostgreSQL may keep a generic plan (the engine's authorization-checked
 * queries are planned for each run's values, {@code system.AuthorizationQueryPlans}, issue 15), and
 * the new case opens from its link. Screenshots in {@code target/tasklist-postgres-*.png}.
 */
@PostgresSuite
class TasklistQueuePostgresBrowserIT extends BrowserTestSupport {

  private static final String TEAM_QUEUE = "前台 · 本组待办";
  private static final Pattern COUNT = Pattern.compile("\\s*[1-9][0-9]*\\s*");

  @Test
  void aClerksTeamQueueCountsTheSameOnEveryReloadAndOpensTheNewCase() {
    String number = numberOf(submit("clerk", newCase("repair", "leak")));
    // the suite's other tests fill the same queue: this case is opened by its link, not paged to
    String task =
        site()
            + "/camunda/app/tasklist/default/#/?task="
            + openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW).getId();

    try (BrowserContext desk = newContext("zh-CN", 1280, 900)) {
      Page page = newPage(desk);
      new TasklistPage(page, site()).signIn("clerk");
      queue(page).click();
      assertThat(page.locator("ol.tasks-list li").first()).isVisible();
      List<Long> shown = new ArrayList<>();
      for (int load = 0; load < 8; load++) {
        if (load > 0) {
          page.reload(); // the open filter stays open: it is in the address
        }
        shown.add(countShown(page));
      }
      assertThat(shown).as("the team queue's count on each load").containsOnly(shown.get(0));
      assertThat(shown.get(0)).isPositive();

      page.navigate(task);
      assertThat(page.locator(".task-details")).containsText(number);
      screenshot(page, "tasklist-postgres-desk");
    }

    try (BrowserContext phone = newContext("zh-CN", 390, 844)) {
      Page page = newPage(phone);
      new TasklistPage(page, site()).signIn("clerk");
      assertThat(queue(page)).isVisible();
      queue(page).click();
      assertThat(countShown(page)).isPositive();
      page.navigate(task);
      assertThat(page.locator(".task-details")).containsText(number);
      screenshot(page, "tasklist-postgres-phone");
    }
    assertThat(scriptErrors).isEmpty();
  }

  private static Locator queue(Page page) {
    return page.locator(".task-filter").filter(new Locator.FilterOptions().setHasText(TEAM_QUEUE));
  }

  /** The count Tasklist shows beside the open filter's name, once it has been fetched. */
  private static long countShown(Page page) {
    Locator counter = queue(page).locator(".counter");
    assertThat(counter).hasText(COUNT);
    return Long.parseLong(counter.innerText().trim());
  }
}
