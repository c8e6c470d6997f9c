package com.residentdesk.sla;

import static com.residentdesk.sla.DeadlinePauseProcess.Field.CASE_NUMBER;
import static com.residentdesk.sla.DeadlinePauseProcess.Field.PAUSE_REASON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Holds on a case's deadlines over real HTTP: who may, what is refused and how (issue 14). */
class PauseApiTest extends HttpTestSupport {

  private String caseAwaitingDispatch() {
    String number = numberOf(submit("webform", newCase("repair", "small")));
    assertThat(completeDeskReview(number, "dispatch").status()).isEqualTo(HttpStatus.NO_CONTENT);
    return number;
  }

  private static Map<String, Object> hold(String reason, String expected) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", reason);
    body.put("note", "零件已订购");
    if (expected != null) {
      body.put("expectedResumeAt", expected);
    }
    return body;
  }

  @Test
  void aHandlerPutsAHoldOnAndAClerkTakesItOff_HLP08() {
    String number = caseAwaitingDispatch();
    String expected = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2).withNano(0).toString();

    Reply paused =
        as("engineer").post("/api/cases/{n}/pause".replace("{n}", number), hold("parts", expected));

    assertThat(paused.status()).as("%s", paused).isEqualTo(HttpStatus.CREATED);
    assertThat(paused.json().path("reason").asText()).isEqualTo("parts");
    assertThat(paused.json().path("pausedBy").asText()).isEqualTo("engineer");
    assertThat(paused.json().hasNonNull("resumedAt")).isFalse();
    assertThat(openTask(number, DeadlinePauseProcess.Element.RESUME_DEADLINES)).isNotNull();

    Reply resumed =
        as("clerk").post("/api/cases/" + number + "/resume", Map.of("note", "The part arrived"));

    assertThat(resumed.status()).as("%s", resumed).isEqualTo(HttpStatus.OK);
    assertThat(resumed.json().path("resumedBy").asText()).isEqualTo("clerk");
    JsonNode all = as("clerk").get("/api/cases/" + number + "/pauses").json();
    assertThat(all).hasSize(1);
    assertThat(all.get(0).hasNonNull("resumedAt")).isTrue();
  }

  @Test
  void badEntriesAreRefusedNamingTheFieldInTheReadersLanguage_HLP08() {
    String number = caseAwaitingDispatch();
    String uri = "/api/cases/" + number + "/pause";

    JsonNode reason =
        assertProblem(
            as("clerk", "zh-CN").post(uri, hold("holiday", null)), HttpStatus.BAD_REQUEST);
    assertThat(reason.path("errors").get(0).path("field").asText()).isEqualTo("reason");
    assertThat(reason.toString()).contains("必须是以下之一");
    JsonNode past =
        assertProblem(
            as("clerk").post(uri, hold("parts", "2020-01-01T09:00:00+08:00")),
            HttpStatus.BAD_REQUEST);
    assertThat(past.path("errors").get(0).path("field").asText()).isEqualTo("expectedResumeAt");
    assertProblem(as("clerk").post(uri, hold("parts", "next tuesday")), HttpStatus.BAD_REQUEST);

    assertThat(as("clerk").post(uri, hold("parts", null)).status()).isEqualTo(HttpStatus.CREATED);
    JsonNode again =
        assertProblem(
            as("clerk", "zh-CN").post(uri, hold("parts", null)), HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(again.toString()).contains("已在暂停中");
    assertProblem(
        as("clerk").post("/api/cases/" + number + "/resume", Map.of("note", " ")),
        HttpStatus.BAD_REQUEST);
  }

  @Test
  void auditorsMayNotAndOtherPropertiesDoNotSeeTheCase_HLP08() {
    String number = caseAwaitingDispatch();
    String uri = "/api/cases/" + number + "/pause";

    assertThat(as("auditor").post(uri, hold("parts", null)).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("cshead").post(uri, hold("parts", null)).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertProblem(as("clerkb").post(uri, hold("parts", null)), HttpStatus.NOT_FOUND);
    assertProblem(anonymous().post(uri, hold("parts", null)), HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aClerkPutsAHoldOnFromTasklistsStartForm_HLP08() {
    String number = caseAwaitingDispatch();

    Reply started =
        as("clerk")
            .post(
                "/engine-rest/process-definition/key/deadline-pause/submit-form",
                submission(CASE_NUMBER.of(number), PAUSE_REASON.of("resident")));
    Reply unknown =
        as("clerk")
            .post(
                "/engine-rest/process-definition/key/deadline-pause/submit-form",
                submission(CASE_NUMBER.of("RS-19990101-0001"), PAUSE_REASON.of("resident")));

    assertThat(started.status()).as("%s", started).isEqualTo(HttpStatus.OK);
    assertThat(openTask(number, DeadlinePauseProcess.Element.RESUME_DEADLINES).getTenantId())
        .isEqualTo("PA");
    assertThat(unknown.status().is4xxClientError()).as("%s", unknown).isTrue();
    assertThat(unknown.body()).contains("没有您可查看的工单");
  }

  @Test
  void aClerkOfTwoPropertiesPutsAHoldOnFromTheStartFormWithoutNamingTheProperty_HLP08() {
    String number = caseAwaitingDispatch();

    Reply started =
        as(DeskFixture.CLERK_OF_BOTH)
            .post(
                "/engine-rest/process-definition/key/deadline-pause/submit-form",
                submission(CASE_NUMBER.of(number), PAUSE_REASON.of("parts")));
    Reply otherProperty =
        as("clerkb")
            .post(
                "/engine-rest/process-definition/key/deadline-pause/submit-form",
                submission(CASE_NUMBER.of(number), PAUSE_REASON.of("parts")));

    assertThat(started.status()).as("%s", started).isEqualTo(HttpStatus.OK);
    assertThat(openTask(number, DeadlinePauseProcess.Element.RESUME_DEADLINES).getTenantId())
        .isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(otherProperty.status().is4xxClientError()).as("%s", otherProperty).isTrue();
    assertThat(otherProperty.body()).contains("没有您可查看的工单");
  }
}
