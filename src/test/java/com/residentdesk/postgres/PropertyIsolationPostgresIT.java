package com.residentdesk.postgres;

import static com.residentdesk.support.DeskFixture.CLERK_OF_BOTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyIsolationTest;
import com.residentdesk.support.DeskFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff scoped to their properties and groups on PostgreSQL, with what the operator applies to the
 * engine's tables for a work queue at scale ({@code bench/scale/act_indexes.sql}: indexes and the
 * statistics on the authorization test, issue 15) and the application's connections without JIT.
 * The statistics change only how PostgreSQL plans the engine's own authorised task query: each
 * filter count a staff member gets over HTTP is exactly the tasks of their group at their
 * properties, as the engine counts them without any authorization check.
 */
@PostgresSuite
class PropertyIsolationPostgresIT extends PropertyIsolationTest {

  private static final Path OPERATOR_SCRIPT = Path.of("bench", "scale", "act_indexes.sql");
  private static boolean applied;

  @Autowired private DataSource dataSource;
  @Autowired private PropertyMemberships memberships;

  @BeforeEach
  void theOperatorsWorkQueueScript() throws Exception {
    synchronized (PropertyIsolationPostgresIT.class) {
      if (!applied) {
        applyOperatorScript();
        applied = true;
      }
    }
  }

  @Test
  void theScriptRunsAgainAndLeavesTheStatisticsOnTheAuthorizationTest() throws Exception {
    applyOperatorScript();

    assertThat(
            new JdbcTemplate(dataSource)
                .queryForList(
                    "select stxname from pg_statistic_ext where stxname like 'act_stx_desk_%'",
                    String.class))
        .containsExactlyInAnyOrder("act_stx_desk_auth_read", "act_stx_desk_auth_read_task");
  }

  /** A team queue's count was costed above jit_above_cost: 2.9 s of 3.5 s went to compiling it. */
  @Test
  void theApplicationsConnectionsCompileNoQueries() {
    assertThat(new JdbcTemplate(dataSource).queryForObject("show jit", String.class))
        .isEqualTo("off");
  }

  /**
   * A generic plan cannot use the statistics on the authorization test, so the engine's
   * authorization-checked query is never kept as a prepared statement, however often it runs; the
   * intake's statements are (PostgreSQL plans them once per connection, BENCHMARKS.md 9).
   */
  @Test
  void onlyTheAuthorizationCheckedQueriesArePlannedAgainForEachRun() throws SQLException {
    String authorized =
        "select count(*) from ACT_RU_TASK RES left join (select A.* from ACT_RU_AUTHORIZATION A"
            + " where A.TYPE_ < ?) AUTH on AUTH.RESOURCE_ID_ = RES.ID_";
    String other = "select count(*) from ACT_RU_TASK RES where RES.PRIORITY_ > ?";
    try (Connection connection = dataSource.getConnection()) {
      for (int run = 0; run < 12; run++) {
        for (String sql : List.of(authorized, other)) {
          try (var statement = connection.prepareStatement(sql)) {
            statement.setInt(1, run);
            statement.executeQuery().close();
          }
        }
      }
      try (var prepared =
          connection.prepareStatement(
              "select statement from pg_prepared_statements where statement like ?")) {
        prepared.setString(1, "select count(*) from ACT_RU_TASK RES%");
        List<String> kept = new ArrayList<>();
        try (var rows = prepared.executeQuery()) {
          while (rows.next()) {
            kept.add(rows.getString(1));
          }
        }
        assertThat(kept)
            .as("statements PostgreSQL keeps a plan for on this connection")
            .hasSize(1)
            .allSatisfy(sql -> assertThat(sql).doesNotContain("ACT_RU_AUTHORIZATION"));
      }
    }
  }

  @Test
  void everyStaffMembersQueueCountsExactlyTheirGroupsTasksAtTheirProperties() throws Exception {
    Map<String, String> groupOf =
        Map.of(
            "clerk",
            StaffGroups.FRONT_DESK,
            "clerkb",
            StaffGroups.FRONT_DESK,
            CLERK_OF_BOTH,
            StaffGroups.FRONT_DESK,
            "supervisor",
            StaffGroups.SUPERVISOR,
            "engineer",
            StaffGroups.ENGINEERING);
    groupOf.forEach(
        (user, group) -> {
          String queue = filterNamed(user, name -> name.endsWith(": team queue)"));
          assertThat(count(user, queue))
              .as("%s's team queue", user)
              .isEqualTo(
                  unchecked(
                      () ->
                          engine
                              .getTaskService()
                              .createTaskQuery()
                              .taskCandidateGroup(group)
                              .includeAssignedTasks(),
                      user));
        });
    // Tasklist shows the count of the open filter from its first page, asked for as HAL
    String clerksQueue = filterNamed("clerk", name -> name.endsWith(": team queue)"));
    JsonNode firstPage =
        JSON.readTree(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://localhost:"
                                    + port
                                    + "/engine-rest/filter/"
                                    + clerksQueue
                                    + "/list?firstResult=0&maxResults=15"))
                        .header("Authorization", basic("clerk"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/hal+json, application/json; q=0.5")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    assertThat(firstPage.path("count").asLong()).isEqualTo(count("clerk", clerksQueue));
    String allOpen = filterNamed("auditor", name -> name.startsWith("全部待办"));
    assertThat(count("auditor", allOpen))
        .isEqualTo(unchecked(() -> engine.getTaskService().createTaskQuery(), "auditor"))
        .isPositive();
  }

  /** A queue of their own cannot widen what a clerk sees: the engine checks every task it lists. */
  @Test
  void aFilterAClerkMakesHerselfShowsNoOtherTeamsOrPropertysTasks() {
    Reply created =
        as("clerk")
            .post(
                "/engine-rest/filter/create",
                Map.of("resourceType", "Task", "name", "everything", "query", Map.of()));
    if (created.status() == HttpStatus.FORBIDDEN) {
      return; // staff may not make filters at all: nothing to widen
    }
    assertThat(created.status()).as("%s", created).isEqualTo(HttpStatus.OK);
    String id = created.json().path("id").asText();
    try {
      List<String> groups = List.of(StaffGroups.FRONT_DESK, StaffGroups.propertyGroup("PA"));
      List<String> properties = memberships.propertiesOf("clerk");
      Reply listed =
          as("clerk").post("/engine-rest/filter/" + id + "/list?maxResults=10000", Map.of());
      assertThat(listed.json().size()).isEqualTo((int) count("clerk", id)).isPositive();
      for (JsonNode task : listed.json()) {
        String taskId = task.path("id").asText();
        assertThat(
                task.path("tenantId").isNull()
                    || properties.contains(task.path("tenantId").asText()))
            .as("task %s of property %s", taskId, task.path("tenantId"))
            .isTrue();
        boolean ours =
            "clerk".equals(task.path("assignee").asText())
                || engine.getTaskService().getIdentityLinksForTask(taskId).stream()
                    .anyMatch(
                        link ->
                            "clerk".equals(link.getUserId()) || groups.contains(link.getGroupId()));
        assertThat(ours).as("task %s is the front desk's or the clerk's", taskId).isTrue();
      }
    } finally {
      as("clerk").delete("/engine-rest/filter/{id}", id);
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + DeskFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private long count(String user, String filterId) {
    Reply reply = as(user).get("/engine-rest/filter/{id}/count", filterId);
    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    return reply.json().path("count").asLong();
  }

  private String filterNamed(String user, Predicate<String> name) {
    for (JsonNode filter : as(user).get("/engine-rest/filter?resourceType=Task").json()) {
      if (name.test(filter.path("name").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new AssertionError(user + " has no such filter");
  }

  /**
   * The query at the user's properties (and tasks of no property, which the engine's tenant check
   * lets through), counted by the engine with no authorization check.
   */
  private long unchecked(Supplier<TaskQuery> query, String user) {
    List<String> properties = memberships.propertiesOf(user);
    return query.get().tenantIdIn(properties.toArray(String[]::new)).count()
        + query.get().withoutTenantId().count();
  }

  /** As an operator runs it with psql: statement by statement, outside a transaction. */
  private void applyOperatorScript() throws IOException, SQLException {
    String script =
        Files.readAllLines(OPERATOR_SCRIPT).stream()
            .map(line -> line.replaceFirst("--.*$", ""))
            .reduce("", (all, line) -> all + line + "\n");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String sql : script.split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }
}
