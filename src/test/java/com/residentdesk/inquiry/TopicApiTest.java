package com.residentdesk.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.HttpTestSupport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The answer library and the owner file over HTTP (CHA-04, SUG-05). */
class TopicApiTest extends HttpTestSupport {

  private void complete(
      String caseNumber, String taskKey, String user, String group, Map<String, Object> variables) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey(taskKey)
            .singleResult();
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String raised(String unit, String category, String topic) {
    Map<String, Object> request = newCase(category, topic);
    request.put("unit", unit);
    request.put("channel", "walk-in");
    return numberOf(submit("clerk", request));
  }

  @Test
  void headPublishesRevisesAndRetiresAnswersEveryVersionKept_CHA04() {
    Reply first =
        as("cshead")
            .post("/api/answers", Map.of("topic", "water-price", "answerText", "Set by the city"));
    Reply second =
        as("cshead")
            .post(
                "/api/answers",
                Map.of("topic", "water-price", "answerText", "Set by the city in 2026"));
    Reply byClerk =
        as("clerk").post("/api/answers", Map.of("topic", "water-price", "answerText", "Mine"));
    Reply badTopic =
        as("cshead").post("/api/answers", Map.of("topic", "Water Price!", "answerText", "x"));

    assertThat(first.status()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.json().path("version").asInt()).isEqualTo(2);
    assertThat(byClerk.status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(badTopic.errorFields()).containsExactly("topic");
    JsonNode versions = as("clerk").get("/api/answers/water-price").json();
    assertThat(versions.findValuesAsText("status")).containsExactly("APPROVED", "SUPERSEDED");
    assertThat(versions.findValuesAsText("approvedBy")).containsExactly("cshead", "cshead");

    assertThat(as("cshead").post("/api/answers/water-price/retire", null).status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("clerk").get("/api/answers/water-price").json().findValuesAsText("status"))
        .containsExactly("RETIRED", "SUPERSEDED");
    assertThat(as("cshead").post("/api/answers/no-such-topic/retire", null).status())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void ownerFileListsClosedChallengesAndSuggestionsWithTheirHandlingSheets_SUG05() {
    String challenge = raised("5-1603", "challenge", "gym-hours");
    complete(
        challenge,
        TopicProcesses.Element.EXPLAIN_CHALLENGE,
        "clerk",
        "front-desk",
        Map.of("challengeOutcome", "resolved", "explanation", "The gym opens at 06:00"));
    String suggestion = raised("5-1603", "suggestion", null);
    complete(
        suggestion,
        TopicProcesses.Element.RECORD_SUGGESTION,
        "clerk",
        "front-desk",
        Map.of("coSigners", 1, "suggestionSummary", "More benches"));
    complete(
        suggestion,
        TopicProcesses.Element.DECIDE_SUGGESTION,
        "manager",
        "centre-manager",
        Map.of("adopted", false, "decisionReasons", "Space is needed for fire lanes"));
    complete(
        suggestion,
        TopicProcesses.Element.REPLY_BY_PHONE_OR_VISIT,
        "clerk",
        "front-desk",
        Map.of("replyNote", "Told"));
    complete(
        suggestion,
        TopicProcesses.Element.SUGGESTION_CALLBACK,
        "clerk",
        "front-desk",
        Map.of("callbackMethod", "phone", "callbackNote", "Understands"));
    String openInquiry = raised("5-1603", "inquiry", "gym-hours");

    Reply file = as("records").get("/api/households/5-1603/file");

    assertThat(file.status()).as("%s", file).isEqualTo(HttpStatus.OK);
    JsonNode cases = file.json().path("cases");
    assertThat(cases.findValuesAsText("caseNumber"))
        .contains(challenge, suggestion)
        .doesNotContain(openInquiry);
    assertThat(file.body()).contains("The gym opens at 06:00", "Space is needed for fire lanes");
    assertThat(as("engineer").get("/api/households/5-1603/file").status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("records").get("/api/households/9-9999/file").status())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
