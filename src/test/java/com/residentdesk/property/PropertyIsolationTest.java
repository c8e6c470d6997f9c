package com.residentdesk.property;

import static com.residentdesk.intake.ResidentRequestProcess.Element.FRONT_DESK_REVIEW;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.support.DeskFixture.CLERK_OF_BOTH;
import static com.residentdesk.support.DeskFixture.PROPERTY_A;
import static com.residentdesk.support.DeskFixture.PROPERTY_B;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.provisioning.TasklistFilters;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.EngineTestSupport;
import com.residentdesk.support.HttpTestSupport;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Staff are scoped to their properties: a clerk of property A cannot see, claim or complete a task
 * of property B through Tasklist's REST calls (/engine-rest with the requests Tasklist sends, and
 * the Tasklist webapp's own session API), our API or the audit pages; the company's quality user
 * and auditor see both; a clerk who works for both names the property and has a queue for each.
 */
public class PropertyIsolationTest extends HttpTestSupport {

  private String caseOfA;
  private String caseOfB;
  private Task taskOfA;
  private Task taskOfB;

  /** During both front desks' hours, so that both requests reach their front desk. */
  @BeforeEach
  void oneCaseAtEachProperty() {
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDateTime.of(LocalDate.now(), LocalTime.of(10, 0))
                .atZone(EngineTestSupport.SHANGHAI)
                .toInstant()));
    caseOfA = numberOf(submit("webform", newCase("repair", "small")));
    caseOfB = numberOf(submit("webformb", newCase("repair", "small")));
    taskOfA = openTask(caseOfA, FRONT_DESK_REVIEW);
    taskOfB = openTask(caseOfB, FRONT_DESK_REVIEW);
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  // ---- the engine: /engine-rest as Tasklist calls it ----------------------------------------

  @Test
  void casesAndTheirTasksBelongToTheirPropertyAndItsNumbersSayWhich() {
    assertThat(caseOfA).startsWith("RS-PA-");
    assertThat(caseOfB).startsWith("RS-PB-");
    assertThat(taskOfA.getTenantId()).isEqualTo(PROPERTY_A);
    assertThat(taskOfB.getTenantId()).isEqualTo(PROPERTY_B);
    assertThat(taskOfB.getDescription()).contains("北岸花园 (PB)");
  }

  @Test
  void aClerkOfASeesNoTaskOfBInHerTasklistQueues() {
    for (JsonNode filter : as("clerk").get("/engine-rest/filter?resourceType=Task").json()) {
      List<String> listed =
          ids(
              as("clerk")
                  .post(
                      "/engine-rest/filter/" + filter.path("id").asText() + "/list",
                      Map.of(),
                      "Accept",
                      "application/json")
                  .json());
      assertThat(listed).as(filter.path("name").asText()).doesNotContain(taskOfB.getId());
    }
    List<String> frontDesk =
        ids(as("clerk").get("/engine-rest/task?candidateGroup=front-desk&maxResults=1000").json());
    assertThat(frontDesk).contains(taskOfA.getId()).doesNotContain(taskOfB.getId());
    assertThat(ids(as("clerkb").get("/engine-rest/task?candidateGroup=front-desk").json()))
        .contains(taskOfB.getId())
        .doesNotContain(taskOfA.getId());
  }

  @Test
  void aClerkOfACannotOpenClaimOrCompleteATaskOfB() {
    String task = "/engine-rest/task/" + taskOfB.getId();

    assertThat(as("clerk").get(task).status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("clerk").get(task + "/form-variables").status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("clerk").post(task + "/claim", Map.of("userId", "clerk")).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            as("clerk").post(task + "/complete", submission(DESK_OUTCOME.of("resolved"))).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            as("clerk")
                .post(task + "/submit-form", submission(DESK_OUTCOME.of("resolved")))
                .status())
        .isEqualTo(HttpStatus.FORBIDDEN);

    Task untouched =
        engine.getTaskService().createTaskQuery().taskId(taskOfB.getId()).singleResult();
    assertThat(untouched).as("still open").isNotNull();
    assertThat(untouched.getAssignee()).isNull();
    // and B's own clerk works on it as before
    assertThat(as("clerkb").post(task + "/claim", Map.of("userId", "clerkb")).status())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aClerkOfASeesNoProcessOrHistoryOfB() {
    String instance = taskOfB.getProcessInstanceId();
    assertThat(as("clerk").get("/engine-rest/process-instance/" + instance).status())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            as("clerk")
                .get("/engine-rest/history/task?processInstanceBusinessKey=" + caseOfB)
                .json())
        .isEmpty();
  }

  /** The Tasklist webapp itself: signed in through its login form, with its session and CSRF. */
  @Test
  void aClerkOfASignedInToTasklistCannotSeeOrClaimATaskOfB() throws Exception {
    Tasklist tasklist = Tasklist.signIn(port, "clerk");

    List<String> visible = ids(tasklist.get("/task?candidateGroup=front-desk&maxResults=1000"));
    assertThat(visible).contains(taskOfA.getId()).doesNotContain(taskOfB.getId());
    assertThat(tasklist.post("/task/" + taskOfB.getId() + "/claim", "{\"userId\":\"clerk\"}"))
        .isEqualTo(403);
    assertThat(tasklist.post("/task/" + taskOfA.getId() + "/claim", "{\"userId\":\"clerk\"}"))
        .isEqualTo(204);
  }

  // ---- our API ----------------------------------------------------------------------------------

  @Test
  void aClerkOfACannotReadACaseOfBThroughTheApi() {
    assertProblem(as("clerk").get("/api/cases/{n}", caseOfB), HttpStatus.NOT_FOUND);
    assertProblem(as("clerk").get("/api/cases/{n}/events", caseOfB), HttpStatus.NOT_FOUND);
    assertThat(numbers(as("clerk").get("/api/cases?size=100").json().path("items")))
        .contains(caseOfA)
        .doesNotContain(caseOfB);
    JsonNode notHers =
        assertProblem(as("clerk").get("/api/cases?property=PB"), HttpStatus.BAD_REQUEST);
    assertThat(notHers.toString()).contains("property");
    assertThat(as("clerk").get("/api/cases/{n}", caseOfA).json().path("property").asText())
        .isEqualTo(PROPERTY_A);
  }

  @Test
  void aClerkOfACannotRegisterARequestAtB() {
    Map<String, Object> request = newCase("repair", "small");
    request.put("property", PROPERTY_B);

    Reply refused = as("clerk").post("/api/cases", request);

    assertProblem(refused, HttpStatus.BAD_REQUEST);
    assertThat(refused.errorFields()).containsExactly("property");
    assertThat(refused.errorMessage("property")).contains("PB").contains("PA");
  }

  @Test
  void aClerkOfBothNamesThePropertyAndHasAQueueForEach() {
    JsonNode unnamed =
        assertProblem(
            as(CLERK_OF_BOTH).post("/api/cases", newCase("repair", "small")),
            HttpStatus.BAD_REQUEST);
    assertThat(unnamed.toString()).contains("PA").contains("PB");

    Map<String, Object> request = newCase("repair", "small");
    request.put("property", PROPERTY_B);
    assertThat(submit(CLERK_OF_BOTH, request).path("caseNumber").asText()).startsWith("RS-PB-");

    List<String> queues = new ArrayList<>();
    as(CLERK_OF_BOTH)
        .get("/engine-rest/filter?resourceType=Task")
        .json()
        .forEach(f -> queues.add(f.path("name").asText()));
    assertThat(queues)
        .contains(
            TasklistFilters.propertyQueueName("南湖花园"), TasklistFilters.propertyQueueName("北岸花园"));
    // a clerk of one property has no property queue: it would repeat the team queue (and cost the
    // doubled tenant condition, BENCHMARKS.md 4a)
    assertThat(
            as("clerk")
                .get("/engine-rest/filter?resourceType=Task")
                .json()
                .findValuesAsText("name"))
        .doesNotContain(
            TasklistFilters.propertyQueueName("南湖花园"), TasklistFilters.propertyQueueName("北岸花园"));
    assertThat(
            ids(
                as(CLERK_OF_BOTH)
                    .get("/engine-rest/task?candidateGroup=front-desk&maxResults=1000")
                    .json()))
        .contains(taskOfA.getId(), taskOfB.getId());
    assertThat(as("clerk").get("/api/properties").json().findValuesAsText("code"))
        .containsExactly(PROPERTY_A);
    assertThat(as(CLERK_OF_BOTH).get("/api/properties").json().findValuesAsText("code"))
        .containsExactly(PROPERTY_A, PROPERTY_B);
  }

  // ---- the audit pages --------------------------------------------------------------------------

  @Test
  void theAuditPagesShowACentreManagerOnlyHisPropertyAndAClerkNothing() {
    assertThat(as("clerk").get("/api/audit/cases/{n}", caseOfB).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("clerk").get("/api/audit/access").status()).isEqualTo(HttpStatus.FORBIDDEN);

    assertProblem(as("manager").get("/api/audit/cases/{n}", caseOfB), HttpStatus.NOT_FOUND);
    assertProblem(as("manager").get("/api/audit/cases/{n}.pdf", caseOfB), HttpStatus.NOT_FOUND);
    assertProblem(
        as("manager").get("/api/audit/processes/{id}/diagram", taskOfB.getProcessInstanceId()),
        HttpStatus.NOT_FOUND);
    assertThat(numbers(as("manager").get("/api/audit/cases?size=200").json().path("items")))
        .contains(caseOfA)
        .doesNotContain(caseOfB);
    assertThat(as("manager").get("/api/audit/cases.csv").body())
        .contains(caseOfA)
        .doesNotContain(caseOfB);
    assertThat(as("manager").get("/api/audit/operations?case=" + caseOfB).status())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  // ---- the company ------------------------------------------------------------------------------

  @Test
  void theCompanyQualityUserAndAuditorSeeBothProperties() {
    for (String company : List.of("quality", "auditor")) {
      assertThat(as(company).get("/engine-rest/task/" + taskOfA.getId()).status())
          .isEqualTo(HttpStatus.OK);
      assertThat(as(company).get("/engine-rest/task/" + taskOfB.getId()).status())
          .isEqualTo(HttpStatus.OK);
      assertThat(numbers(as(company).get("/api/audit/cases?size=200").json().path("items")))
          .contains(caseOfA, caseOfB);
      assertThat(
              numbers(
                  as(company).get("/api/audit/cases?property=PB&size=200").json().path("items")))
          .contains(caseOfB)
          .doesNotContain(caseOfA);
      assertThat(as(company).get("/api/audit/cases/{n}", caseOfB).json().path("property").asText())
          .isEqualTo(PROPERTY_B);
      assertThat(as(company).get("/api/properties").json().findValuesAsText("code"))
          .contains(PROPERTY_A, PROPERTY_B);
    }
    // and still change nothing
    assertThat(
            as("quality")
                .post(
                    "/engine-rest/task/" + taskOfB.getId() + "/claim", Map.of("userId", "quality"))
                .status())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theMonthlyReportAddsUpAcrossPropertiesWithEachBesideIt() {
    JsonNode all = as("quality").get("/api/reports/complaints?month=2026-11").json();
    assertThat(all.path("properties")).hasSize(2);
    assertThat(all.path("byProperty").has(PROPERTY_A)).isTrue();
    assertThat(all.path("byProperty").has(PROPERTY_B)).isTrue();
    assertThat(all.path("complaints").asLong())
        .isEqualTo(
            all.path("byProperty").path(PROPERTY_A).path("complaints").asLong()
                + all.path("byProperty").path(PROPERTY_B).path("complaints").asLong());

    JsonNode one = as("quality").get("/api/reports/complaints?month=2026-11&property=PB").json();
    assertThat(one.path("properties").get(0).asText()).isEqualTo(PROPERTY_B);
    assertThat(one.has("byProperty")).isFalse();

    JsonNode centre = as("manager").get("/api/reports/complaints?month=2026-11").json();
    assertThat(centre.path("properties")).hasSize(1);
    assertThat(centre.path("properties").get(0).asText()).isEqualTo(PROPERTY_A);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static List<String> ids(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }

  private static List<String> numbers(JsonNode rows) {
    return rows.findValuesAsText("caseNumber");
  }

  /**
   * The Tasklist webapp's own REST API, signed in through its login form: the session cookie and
   * the CSRF token it hands out, as the browser holds them.
   */
  private record Tasklist(HttpClient http, String base, String csrf) {

    static Tasklist signIn(int port, String user) throws IOException, InterruptedException {
      CookieManager cookies = new CookieManager();
      HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
      String root = "http://localhost:" + port + "/camunda";
      http.send(
          HttpRequest.newBuilder(URI.create(root + "/app/tasklist/default/")).build(),
          HttpResponse.BodyHandlers.discarding());
      String form =
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(DeskFixture.PASSWORD, StandardCharsets.UTF_8);
      HttpResponse<String> login =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(root + "/api/admin/auth/user/default/login/tasklist"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("X-XSRF-TOKEN", token(cookies))
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as("Tasklist login: %s", login.body()).isEqualTo(200);
      // the session is renewed at login: its token comes with the next page
      http.send(
          HttpRequest.newBuilder(URI.create(root + "/api/admin/auth/user/default")).build(),
          HttpResponse.BodyHandlers.discarding());
      return new Tasklist(http, root + "/api/engine/engine/default", token(cookies));
    }

    private static String token(CookieManager cookies) {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN"))
          .reduce((first, second) -> second)
          .map(HttpCookie::getValue)
          .orElse("");
    }

    JsonNode get(String path) throws IOException, InterruptedException {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    }

    int post(String path, String json) throws IOException, InterruptedException {
      return http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Content-Type", "application/json")
                  .header("X-XSRF-TOKEN", csrf)
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    }
  }
}
