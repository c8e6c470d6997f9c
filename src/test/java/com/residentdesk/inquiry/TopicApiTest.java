package com.residentdesk.inquiry;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.inquiry.ChallengeProcess.Field.EXPLANATION;
import static com.residentdesk.inquiry.ChallengeProcess.Var.CHALLENGE_OUTCOME;
import static com.residentdesk.inquiry.InquiryProcess.Field.CALLBACK_METHOD;
import static com.residentdesk.inquiry.InquiryProcess.Field.CALLBACK_NOTE;
import static com.residentdesk.inquiry.SuggestionProcess.Field.CO_SIGNERS;
import static com.residentdesk.inquiry.SuggestionProcess.Field.DECISION_REASONS;
import static com.residentdesk.inquiry.SuggestionProcess.Field.REPLY_NOTE;
import static com.residentdesk.inquiry.SuggestionProcess.Field.SUGGESTION_SUMMARY;
import static com.residentdesk.inquiry.SuggestionProcess.Var.ADOPTED;
import static com.residentdesk.inquiry.UnifiedAnswerProcess.Field.ANSWER_TEXT;
import static com.residentdesk.inquiry.UnifiedAnswerProcess.Var.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.DeskFixture;
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
    DeskFixture.signIn(engine.getIdentityService(), user, List.of(group));
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
            .post(
                "/api/answers",
                variables(TOPIC.of("water-price"), ANSWER_TEXT.of("Set by the city")));
    Reply second =
        as("cshead")
            .post(
                "/api/answers",
                variables(TOPIC.of("water-price"), ANSWER_TEXT.of("Set by the city in 2026")));
    Reply byClerk =
        as("clerk")
            .post("/api/answers", variables(TOPIC.of("water-price"), ANSWER_TEXT.of("Mine")));
    Reply badTopic =
        as("cshead").post("/api/answers", variables(TOPIC.of("Water Price!"), ANSWER_TEXT.of("x")));

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
        ChallengeProcess.Element.EXPLAIN_CHALLENGE,
        "clerk",
        "front-desk",
        variables(CHALLENGE_OUTCOME.of("resolved"), EXPLANATION.of("The gym opens at 06:00")));
    String suggestion = raised("5-1603", "suggestion", null);
    complete(
        suggestion,
        SuggestionProcess.Element.RECORD_SUGGESTION,
        "clerk",
        "front-desk",
        variables(CO_SIGNERS.of(1), SUGGESTION_SUMMARY.of("More benches")));
    complete(
        suggestion,
        SuggestionProcess.Element.DECIDE_SUGGESTION,
        "manager",
        "centre-manager",
        variables(ADOPTED.of(false), DECISION_REASONS.of("Space is needed for fire lanes")));
    complete(
        suggestion,
        SuggestionProcess.Element.REPLY_BY_PHONE_OR_VISIT,
        "clerk",
        "front-desk",
        variables(REPLY_NOTE.of("Told")));
    complete(
        suggestion,
        SuggestionProcess.Element.SUGGESTION_CALLBACK,
        "clerk",
        "front-desk",
        variables(CALLBACK_METHOD.of("phone"), CALLBACK_NOTE.of("Understands")));
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
