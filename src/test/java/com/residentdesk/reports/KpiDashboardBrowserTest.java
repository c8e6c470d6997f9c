package com.residentdesk.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.residentdesk.support.BrowserTestSupport;
import com.residentdesk.support.DeskFixture;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI dashboard in a real browser (QA-01, SVC-02): the centre manager signs in on the page in
 * Chinese, sees the known July 2024 figures of {@link KpiSeed} as tiles and every chart drawn by
 * ECharts (bundled, nothing loaded from outside), switches to English, downloads the CSV; on a
 * phone the page fits the screen. Screenshots: {@code target/kpi-dashboard*.png}.
 */
class KpiDashboardBrowserTest extends BrowserTestSupport {

  private static final String MARCH = "/reports/#/?from=2024-07&to=2024-07&building=17";
  private static final Path SCREENSHOT = Paths.get("target", "kpi-dashboard.png");
  private static final Path PHONE_SCREENSHOT = Paths.get("target", "kpi-dashboard-phone.png");
  private static final Path FAILURE_SCREENSHOT = Paths.get("target", "kpi-dashboard-failure.png");
  private static final String[] CHARTS = {
    "perDayCategory",
    "perDayChannel",
    "compliance",
    "rework",
    "satisfaction",
    "callbacks",
    "complaints",
    "open",
    "teams",
    "surveyServices",
    "surveyReturn"
  };

  @Autowired private JdbcTemplate jdbc;

  @BeforeEach
  void seed() {
    new KpiSeed(jdbc).ensure();
  }

  @AfterEach
  void nothingFromOutsideAndNoScriptErrors() {
    assertThat(outside).as("requests to anything but this application").isEmpty();
    assertThat(scriptErrors).as("script errors on the page").isEmpty();
  }

  @Test
  void theCentreManagerSeesTheMonthAsChartsInChinese_QA01_SVC02() {
    try (BrowserContext context = newContext("zh-CN", 1400, 1000)) {
      Page page = newPage(context);
      try {
        page.navigate(site() + MARCH);
        assertThat(page).hasTitle("指标看板 · 物业服务台");
        assertThat(page.locator("#sign-in-view h2")).hasText("请登录");
        signIn(page, "manager");

        assertThat(page.locator("header h1")).hasText("物业服务台 · 指标看板");
        assertThat(page.locator("#filter-from")).hasValue("2024-07");
        assertThat(page.locator("#filter-building")).hasValue("17");
        // a manager of one property gets no property picker
        assertThat(page.locator("#property-picker")).isHidden();
        Locator requests = page.locator("[data-tile='requests'] .figure");
        assertThat(requests).hasText("4");
        assertThat(page.locator("[data-tile='rework'] .figure")).hasText("50%");
        assertThat(page.locator("[data-tile='rework'] .figure")).hasClass("figure below");
        assertThat(page.locator("[data-tile='satisfaction'] .figure")).hasText("66.7%");
        assertThat(page.locator("[data-tile='deadlines'] .figure")).hasText("80%");
        assertThat(page.locator("[data-tile='callbacks'] .figure")).hasText("2 (1)");
        assertThat(page.locator("[data-tile='rework'] .name")).hasText("返修率（目标低于 1%）");

        for (String chart : CHARTS) {
          Locator drawn = page.locator("[data-chart='" + chart + "'][data-state='drawn']");
          assertThat(drawn).hasCount(1);
          assertThat(drawn.locator("svg path").count()).as("shapes drawn in " + chart).isPositive();
        }
        assertThat(page.locator("[data-chart='perDayCategory']")).hasAttribute("data-points", "4");
        assertThat(page.locator("[data-chart='complaints']")).containsText("重要");
        assertThat(page.locator("[data-chart='perDayCategory']")).containsText("报修");
        assertThat(page.locator("[data-chart='compliance']")).containsText("SVC-03 维修完成");
        assertThat(page.locator("#handlers tr[data-handler='engineer']")).containsText("50%");
        // QA-04, QA-05: July's survey: 4 of 10 returned, repairs 50 % against 95 %
        assertThat(page.locator("#surveys h3")).hasText("满意度调查");
        assertThat(page.locator("[data-tile='survey-campaigns'] .figure")).hasText("1 (0)");
        assertThat(page.locator("[data-tile='survey-return'] .figure")).hasText("40%");
        assertThat(page.locator("[data-tile='survey-return'] .figure"))
            .hasClass("figure on-target");
        assertThat(page.locator("[data-tile='survey-satisfaction'] .figure")).hasText("75%");
        assertThat(page.locator("[data-tile='survey-satisfaction'] .figure"))
            .hasClass("figure below");
        assertThat(page.locator("[data-chart='surveyServices']")).hasAttribute("data-points", "2");
        assertThat(page.locator("[data-chart='surveyServices']")).containsText("维修服务");
        assertThat(page.locator("[data-chart='surveyServices']")).containsText("目标 95%");
        assertThat(page.locator("[data-chart='surveyReturn']")).containsText("2024-07-10");
        assertThat(page.locator("[data-chart='surveyReturn']")).containsText("最低 30%");
        assertThat(page.locator("#survey-csv"))
            .hasAttribute(
                "href", Pattern.compile(".*surveys\\.csv\\?from=2024-07&to=2024-07&lang=zh-CN"));
        assertThat(page.locator("#evaluations")).containsText("分析截止");
        assertThat(page.locator("#kpi-csv"))
            .hasAttribute("href", Pattern.compile(".*kpi\\.csv\\?from=2024-07.*lang=zh-CN.*"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));

        // narrow it down to repairs with the filter form
        page.locator("#filter-category").selectOption("repair");
        page.locator("#filter-button").click();
        assertThat(requests).hasText("2");

        // English
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("header h1")).hasText("Resident Service Desk · KPI dashboard");
        assertThat(page.locator("[data-chart='perDayCategory']")).containsText("Repair");
        assertThat(page.locator("#kpi-csv")).hasAttribute("href", Pattern.compile(".*lang=en.*"));
        assertThat(page.locator("[data-chart='surveyServices']")).containsText("Repairs");
        assertThat(page.locator("#surveys h3")).hasText("Satisfaction surveys");
      } catch (AssertionError | PlaywrightException e) {
        page.screenshot(new Page.ScreenshotOptions().setPath(FAILURE_SCREENSHOT).setFullPage(true));
        throw e;
      }
    }
  }

  @Test
  void onAPhoneTheChartsFitTheScreenAndQualityPicksAProperty_QA01() {
    try (BrowserContext context = newContext("zh-CN", 390, 844)) {
      Page page = newPage(context);
      page.navigate(site() + MARCH);
      signIn(page, "quality");
      assertThat(page.locator("[data-tile='requests'] .figure")).hasText("5");
      assertThat(page.locator("#property-picker")).isVisible();
      // both properties' surveys added up: one of two campaigns returned less than 30 %
      assertThat(page.locator("[data-tile='survey-campaigns'] .figure")).hasText("2 (1)");
      assertThat(page.locator("[data-tile='survey-return'] .figure")).hasText("33.3%");
      page.locator("[data-chart='teams'][data-state='drawn']").waitFor();
      int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
      assertThat(width).as("page width on a 390 px phone").isLessThanOrEqualTo(390);
      page.screenshot(new Page.ScreenshotOptions().setPath(PHONE_SCREENSHOT).setFullPage(true));

      page.locator("#filter-property").selectOption(DeskFixture.PROPERTY_B);
      page.locator("#filter-button").click();
      assertThat(page.locator("[data-tile='requests'] .figure")).hasText("1");
    }
  }

  @Test
  void aClerkIsToldTheDashboardIsNotForThem_QA01() {
    try (BrowserContext context = newContext("zh-CN", 390, 844)) {
      Page page = newPage(context);
      page.navigate(site() + "/reports/");
      signIn(page, "clerk");
      assertThat(page.locator("#forbidden-text")).containsText("您的账号（clerk）不能查看指标看板");
      assertThat(page.locator("#dashboard-view")).isHidden();
    }
  }

  private static void signIn(Page page, String user) {
    page.locator("#sign-in-user").fill(user);
    page.locator("#sign-in-password").fill(DeskFixture.PASSWORD);
    page.locator("#sign-in-button").click();
    page.locator("#signed-in").waitFor();
  }
}
