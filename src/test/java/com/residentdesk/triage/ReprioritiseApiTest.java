package com.residentdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.HttpTestSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Re-prioritisation over real HTTP: supervisors only, bad input named (issue 14, CAT-04). */
class ReprioritiseApiTest extends HttpTestSupport {

  private String caseAwaitingDispatch() {
    String number = numberOf(submit("webform", newCase("repair", "small")));
    assertThat(completeDeskReview(number, "dispatch").status()).isEqualTo(HttpStatus.NO_CONTENT);
    return number;
  }

  private static Map<String, Object> change(String priority, String subcategory, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("priority", priority);
    body.put("subcategory", subcategory);
    body.put("reason", reason);
    return body;
  }

  @Test
  void aSupervisorMakesACaseUrgentAndTheDispatchDeadlineMoves_CAT04() {
    String number = caseAwaitingDispatch();

    Reply changed =
        as("supervisor")
            .post("/api/cases/" + number + "/reprioritise", change("urgent", null, "独居老人，家中无水"));

    assertThat(changed.status()).as("%s", changed).isEqualTo(HttpStatus.OK);
    assertThat(changed.json().path("priority").asText()).isEqualTo("urgent");
    assertThat(changed.json().path("previousPriority").asText()).isEqualTo("normal");
    assertThat(changed.json().path("movedDeadlines").has("CAT-04")).isTrue();
    assertThat(changed.json().path("movedDeadlines").path("CAT-04").asText()).endsWith("+08:00");
  }

  @Test
  void badEntriesAreRefusedNamingTheFieldInTheReadersLanguage_CAT04() {
    String uri = "/api/cases/" + caseAwaitingDispatch() + "/reprioritise";

    JsonNode reason =
        assertProblem(
            as("supervisor", "zh-CN").post(uri, change("urgent", null, " ")),
            HttpStatus.BAD_REQUEST);
    assertThat(reason.path("errors").get(0).path("field").asText()).isEqualTo("reason");
    JsonNode priority =
        assertProblem(
            as("supervisor", "zh-CN").post(uri, change("asap", null, "x")), HttpStatus.BAD_REQUEST);
    assertThat(priority.path("errors").get(0).path("field").asText()).isEqualTo("priority");
    assertThat(priority.toString()).contains("必须是以下之一");
    JsonNode emergency =
        assertProblem(
            as("supervisor", "zh-CN").post(uri, change(null, "burst-pipe", "x")),
            HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(emergency.toString()).contains("紧急情况");
  }

  @Test
  void onlySupervisorsMayAndOtherPropertiesDoNotSeeTheCase_CAT04() {
    String uri = "/api/cases/" + caseAwaitingDispatch() + "/reprioritise";
    Map<String, Object> body = change("urgent", null, "reason");

    assertThat(as("clerk").post(uri, body).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("engineer").post(uri, body).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").post(uri, body).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblem(as("supervisorb").post(uri, body), HttpStatus.NOT_FOUND);
    assertProblem(anonymous().post(uri, body), HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aLockoutFiledAsARepairMovesToSecuritysQueueAndOutOfEngineerings_CAT04() {
    String number = caseAwaitingDispatch();
    String taskId =
        openTask(number, com.residentdesk.intake.ResidentRequestProcess.Element.ASSIGN_HANDLER)
            .getId();
    Map<String, Object> body = change(null, "lockout", "住户被锁在门外，不是维修");
    body.put("category", "everyday-help");

    Reply changed = as("supervisor").post("/api/cases/" + number + "/reprioritise", body);

    assertThat(changed.status()).as("%s", changed).isEqualTo(HttpStatus.OK);
    assertThat(changed.json().path("handlingGroup").asText()).isEqualTo("security");
    assertThat(
            as("guard")
                .get("/engine-rest/task?candidateGroup=security&maxResults=1000")
                .json()
                .findValuesAsText("id"))
        .contains(taskId);
    assertThat(
            as("engineer")
                .get("/engine-rest/task?candidateGroup=engineering&maxResults=1000")
                .json()
                .findValuesAsText("id"))
        .doesNotContain(taskId);
  }
}
