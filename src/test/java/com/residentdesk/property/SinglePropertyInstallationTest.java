package com.residentdesk.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.provisioning.TasklistFilters;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An installation that has only the property its data moved to looks as it did before properties:
 * nobody needs assigning, the API needs no property named, Tasklist shows no property queue. When
 * the administrator adds a second property, everybody keeps their work at the first, and from then
 * on new staff are assigned to theirs. (Its own application context: the shared fixture has two
 * properties.)
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class SinglePropertyInstallationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "single-secret";

  @LocalServerPort private int port;
  @Autowired private ProcessEngine engine;
  @Autowired private PropertyMemberships memberships;

  @DynamicPropertySource
  static void alwaysOpen(DynamicPropertyRegistry registry) {
    registry.add("desk.front-desk-hours.opens", () -> "00:00");
    registry.add("desk.front-desk-hours.closes", () -> "00:00");
    registry.add("desk.outbox.polling", () -> "false");
  }

  @BeforeEach
  void thisContextsEngine() {
    ProcessEngines.registerProcessEngine(engine);
  }

  @Test
  void aSinglePropertyDeskLooksAsBeforeAndASecondPropertyKeepsEveryoneAtTheirWork()
      throws Exception {
    // given staff created as before properties existed: in their group, assigned to nothing
    user("solo", StaffGroups.FRONT_DESK);
    user("intake", StaffGroups.CHANNEL_INTEGRATION);

    // then they work for the only property without being assigned to it
    assertThat(get("solo", "/api/properties").findValuesAsText("code")).containsExactly("PA");
    JsonNode created = post("intake", "/api/cases", request(), 201);
    assertThat(created.path("caseNumber").asText()).startsWith("RS-PA-");
    Task review = review(created.path("caseNumber").asText());
    assertThat(taskIds(get("solo", "/engine-rest/task?candidateGroup=front-desk")))
        .contains(review.getId());
    assertThat(filterNames("solo")).noneMatch(name -> name.endsWith(" · 本组待办"));

    // when the administrator adds a second property
    post(
        "admin",
        "/api/properties",
        Map.of("code", "PZ", "name", "第二花园", "frontDeskOpens", "07:00", "frontDeskCloses", "23:00"),
        201);

    // then the staff stay with the first and its work is still theirs; its own queue would only
    // repeat their team queue, so it is for staff of several properties
    assertThat(get("solo", "/api/properties").findValuesAsText("code")).containsExactly("PA");
    assertThat(taskIds(get("solo", "/engine-rest/task?candidateGroup=front-desk")))
        .contains(review.getId());
    assertThat(filterNames("solo")).doesNotContain(TasklistFilters.propertyQueueName("南湖花园"));
    assertThat(post("intake", "/api/cases", request(), 201).path("property").asText())
        .isEqualTo("PA");
    assertThat(get("admin", "/api/properties/PZ").path("frontDeskCloses").asText())
        .isEqualTo("23:00:00");

    // and a newcomer works nowhere until assigned
    user("newbie", StaffGroups.FRONT_DESK);
    assertThat(get("newbie", "/api/properties")).isEmpty();
    assertThat(taskIds(get("newbie", "/engine-rest/task?candidateGroup=front-desk"))).isEmpty();
    JsonNode refused = post("newbie", "/api/cases", request(), 400);
    assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("property");
    engine.getIdentityService().createMembership("newbie", StaffGroups.propertyGroup("PZ"));
    memberships.forget(); // as Camunda Admin's change would be within desk.sign-in.membership-cache
    assertThat(get("newbie", "/api/properties").findValuesAsText("code")).containsExactly("PZ");
  }

  private void user(String id, String group) {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(id);
    user.setPassword(PASSWORD);
    user.setEmail(id + "@service-desk.example.com");
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  private Task review(String caseNumber) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(ResidentRequestProcess.Element.FRONT_DESK_REVIEW)
        .singleResult();
  }

  private List<String> filterNames(String user) throws Exception {
    return get(user, "/engine-rest/filter?resourceType=Task").findValuesAsText("name");
  }

  private static List<String> taskIds(JsonNode tasks) {
    return tasks.findValuesAsText("id");
  }

  private static Map<String, Object> request() {
    return Map.of(
        "channel", "app",
        "unit", "1-0502",
        "residentName", "王芳",
        "phone", "13800000502",
        "category", "repair",
        "subcategory", "small",
        "description", "厨房水龙头漏水",
        "location", "厨房");
  }

  private JsonNode get(String user, String path) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(uri(path)).GET(), 200);
  }

  private JsonNode post(String user, String path, Object body, int status)
      throws IOException, InterruptedException {
    return send(
        user,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
        status);
  }

  private JsonNode send(String user, HttpRequest.Builder request, int status)
      throws IOException, InterruptedException {
    String password = "admin".equals(user) ? "admin" : PASSWORD;
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                request
                    .header("Authorization", "Basic " + basic)
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
