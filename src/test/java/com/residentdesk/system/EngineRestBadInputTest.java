package com.residentdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/**
 * Camunda's REST API answers bad input with 4xx in Camunda's own error body (the webapps read it),
 * never with a 500: the cases the fuzzing benchmark found (bench/resilience/fuzz.py).
 */
class EngineRestBadInputTest extends HttpTestSupport {

  @Test
  void completingAnUnknownTaskIsNotFound() {
    Reply withBody = as("clerk").post("/engine-rest/task/no-such-task/complete", Map.of());
    Reply withoutBody = as("clerk").post("/engine-rest/task/no-such-task/complete", null);

    for (Reply reply : new Reply[] {withBody, withoutBody}) {
      JsonNode error = assertCamundaError(reply, HttpStatus.NOT_FOUND);
      assertThat(error.path("message").asText()).contains("Cannot find task with id no-such-task");
    }
  }

  @Test
  void completingWithoutABodyIsReadAsNoVariables() {
    String caseNumber = numberOf(submit("webform", newCase("repair", "small")));
    Task review = openTask(caseNumber, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);

    Reply reply = as("clerk").post("/engine-rest/task/" + review.getId() + "/complete", null);

    // the desk review needs an outcome, so the engine refuses: a client error, not a crash
    assertThat(reply.status().is4xxClientError()).as("%s", reply).isTrue();
    assertThat(openTask(caseNumber, ResidentRequestProcess.Element.FRONT_DESK_REVIEW).getId())
        .isEqualTo(review.getId());
  }

  @Test
  void aTaskQueryWithoutABodyQueriesWithoutCriteria() {
    submit("webform", newCase("repair", null));

    Reply reply = as("clerk").post("/engine-rest/task", null);

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    assertThat(reply.json().isArray()).isTrue();
  }

  /** The fuzzing run's variant: no Content-Type and no body at all. */
  @Test
  void aPostWithoutBodyOrContentTypeIsReadAsNoProperties() throws Exception {
    HttpResponse<String> complete = rawPost("/engine-rest/task/no-such-task/complete");
    HttpResponse<String> query = rawPost("/engine-rest/task");

    assertThat(complete.statusCode()).as(complete.body()).isEqualTo(404);
    assertThat(query.statusCode()).as(query.body()).isEqualTo(200);
  }

  @Test
  void aControlCharacterInAQueryParameterIsABadRequest() {
    Reply reply = as("clerk").get("/engine-rest/task?candidateGroup={group}", "front\u0000desk");

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("candidateGroup");
  }

  private HttpResponse<String> rawPost(String path) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString(("clerk:" + DeskFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + credentials)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/engine-rest/task?maxResults=-1",
        "/engine-rest/task?firstResult=-5",
        "/engine-rest/filter?maxResults=-1"
      })
  void negativePagingIsABadRequest(String uri) {
    JsonNode error = assertCamundaError(as("clerk").get(uri), HttpStatus.BAD_REQUEST);

    assertThat(error.path("message").asText())
        .containsAnyOf("maxResults", "firstResult")
        .contains("zero or greater");
  }

  @Test
  void jsonNestedTooDeeplyIsABadRequest() {
    String deep = "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);

    Reply reply = as("clerk").post("/engine-rest/task/no-such-task/complete", deep);

    JsonNode error = assertCamundaError(reply, HttpStatus.BAD_REQUEST);
    assertThat(error.path("message").asText()).as("%s", reply).contains("nesting depth");
  }

  private static JsonNode assertCamundaError(Reply reply, HttpStatus status) {
    assertThat(reply.status()).as("%s", reply).isEqualTo(status);
    JsonNode error = reply.json();
    assertThat(error.path("type").asText()).as("%s", reply).isNotBlank();
    return error;
  }
}
