package com.residentdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.HttpTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.Yaml;

/**
 * The Grafana dashboard and the Prometheus alert rules of docker/ ask only for metrics this
 * application exports: every query's metric names are found in a real scrape of the running
 * application. (.ci/run checks the rules' syntax and behaviour with promtool as well.)
 */
class OperatorsDashboardTest extends HttpTestSupport {

  private static final Path DASHBOARDS = Path.of("docker/grafana/dashboards");
  private static final Path ALERTS = Path.of("docker/prometheus/alerts.yml");

  /** Made by Prometheus itself for every target, not by the application. */
  private static final Set<String> FROM_PROMETHEUS = Set.of("up");

  private static final Set<String> PROMQL_WORDS =
      Set.of("and", "or", "unless", "bool", "offset", "by", "without", "inf", "nan", "le");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![a-zA-Z0-9_:.])[a-zA-Z_:][a-zA-Z0-9_:]*");

  @Autowired BacklogGauges backlog;

  private Set<String> exported;

  @BeforeEach
  void scrapeTheRunningApplication() {
    // an intake request, so that its latency buckets exist
    submit("webform", newCase("repair", null));
    backlog.refresh();
    exported = Scrape.of(port, "operator").names();
  }

  @Test
  void everyDashboardPanelQueriesMetricsTheApplicationExports() throws IOException {
    List<Path> dashboards;
    try (var files = Files.list(DASHBOARDS)) {
      dashboards = files.filter(f -> f.toString().endsWith(".json")).toList();
    }
    assertThat(dashboards).isNotEmpty();
    for (Path file : dashboards) {
      JsonNode dashboard = JSON.readTree(file.toFile());
      assertThat(dashboard.path("uid").asText()).as(file.toString()).isNotBlank();
      List<JsonNode> panels = panels(dashboard);
      assertThat(panels).as(file.toString()).hasSizeGreaterThanOrEqualTo(10);
      Set<Integer> ids = new TreeSet<>();
      for (JsonNode panel : panels) {
        String title = panel.path("title").asText();
        assertThat(ids.add(panel.path("id").asInt())).as("unique id of %s", title).isTrue();
        assertThat(title).as("panel title in Chinese").matches(".*\\p{IsHan}.*");
        JsonNode grid = panel.path("gridPos");
        assertThat(grid.path("x").asInt() + grid.path("w").asInt())
            .as(title)
            .isLessThanOrEqualTo(24);
        if (panel.path("type").asText().equals("row")) {
          continue;
        }
        assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo("prometheus");
        assertThat(panel.path("targets")).as(title).isNotEmpty();
        for (JsonNode target : panel.path("targets")) {
          String expr = target.path("expr").asText();
          Set<String> names = metricNames(expr);
          assertThat(names).as("%s: %s", title, expr).isNotEmpty();
          names.removeAll(FROM_PROMETHEUS);
          assertThat(exported)
              .as("metrics of panel '%s' (%s) in the scrape", title, expr)
              .containsAll(names);
        }
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyAlertRuleQueriesMetricsTheApplicationExports() throws IOException {
    Map<String, Object> file = new Yaml().load(Files.readString(ALERTS));
    List<Map<String, Object>> rules = new ArrayList<>();
    for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
      rules.addAll((List<Map<String, Object>>) group.get("rules"));
    }

    assertThat(rules)
        .extracting(rule -> rule.get("alert"))
        .containsExactlyInAnyOrder(
            "EmergencyArrivalMissed",
            "OutboxMessageWaitingOver15Minutes",
            "JobBacklogGrowing",
            "IncidentsOpen",
            "ServiceDeskNotReady");
    for (Map<String, Object> rule : rules) {
      String expr = (String) rule.get("expr");
      Map<String, Object> labels = (Map<String, Object>) rule.get("labels");
      Map<String, Object> annotations = (Map<String, Object>) rule.get("annotations");
      assertThat(labels.get("severity")).as("%s", rule).isIn("critical", "warning");
      assertThat(annotations).as("%s", rule).containsKeys("summary", "description");
      Set<String> names = metricNames(expr);
      names.removeAll(FROM_PROMETHEUS);
      assertThat(exported)
          .as("metrics of alert %s (%s)", rule.get("alert"), expr)
          .containsAll(names);
    }
  }

  /**
   * Every panel's query is valid PromQL, as Prometheus parses it: the queries become recording
   * rules that promtool checks (.ci/run installs it; without it this test is skipped).
   */
  @Test
  void everyDashboardQueryIsValidPromql() throws Exception {
    Path promtool =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .map(dir -> Path.of(dir, "promtool"))
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    Assumptions.assumeTrue(promtool != null, "promtool not installed: PromQL not parsed");
    StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
    int n = 0;
    try (var files = Files.list(DASHBOARDS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        for (JsonNode panel : panels(JSON.readTree(file.toFile()))) {
          for (JsonNode target : panel.path("targets")) {
            rules
                .append("      - record: dashboard:query")
                .append(++n)
                .append("\n        expr: ")
                .append(JSON.writeValueAsString(target.path("expr").asText()))
                .append('\n');
          }
        }
      }
    }
    Path file = Files.createTempFile("dashboard-queries", ".yml");
    Files.writeString(file, rules);
    Process check =
        new ProcessBuilder(promtool.toString(), "check", "rules", file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(check.getInputStream().readAllBytes());

    assertThat(check.waitFor()).as(output).isZero();
    assertThat(output).contains("SUCCESS: " + n + " rules found");
    Files.delete(file);
  }

  @Test
  void metricNamesAreReadFromPromql() {
    assertThat(
            metricNames(
                "histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket"
                    + "{uri=\"/api/cases\",method=\"POST\"}[5m]))) and max without (instance)"
                    + " (desk_readiness) > 15 * 60 or up{job=\"x\"} == 0"))
        .containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "desk_readiness", "up");
  }

  /** The panels of a dashboard, including those nested in collapsed rows. */
  private static List<JsonNode> panels(JsonNode dashboard) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      all.add(panel);
      panel.path("panels").forEach(all::add);
    }
    return all;
  }

  /** The metric names a PromQL expression selects (functions, keywords and labels left out). */
  static Set<String> metricNames(String expr) {
    String bare =
        expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
    Set<String> names = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(bare);
    while (identifier.find()) {
      String name = identifier.group();
      String rest = bare.substring(identifier.end()).stripLeading();
      if (!rest.startsWith("(") && !PROMQL_WORDS.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
