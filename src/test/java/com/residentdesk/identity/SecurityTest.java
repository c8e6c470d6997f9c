package com.residentdesk.identity;

import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.HttpTestSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

/**
 * Who may do what, over HTTP: authentication on every endpoint, the role rules of /api, and the
 * engine's authorizations behind /engine-rest (a group sees its own tasks, an auditor changes
 * nothing). Resident contact details stay out of error replies and logs (INT-06).
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityTest extends HttpTestSupport {

  private static final String REALM = "Basic realm=\"Resident Service Desk\"";

  /** A user of no group, used only here. */
  private static final String PROBE_USER = "securityprobe";

  @Autowired private LoggingSystem loggingSystem;

  // ---- authentication ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/cases",
        "/engine-rest/task",
        "/engine-rest/process-definition",
        "/actuator/health",
        "/v3/api-docs"
      })
  void everyEndpointNeedsAuthentication_INT06(String path) {
    Reply reply = anonymous().get(path);

    JsonNode problem = assertProblem(reply, HttpStatus.UNAUTHORIZED);
    assertThat(reply.headers().getFirst("WWW-Authenticate")).isEqualTo(REALM);
    assertThat(problem.path("detail").asText()).startsWith("Authentication required");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/cases",
        "/engine-rest/task",
        "/engine-rest/process-definition",
        "/actuator/health",
        "/v3/api-docs"
      })
  void wrongPasswordIsRejected_INT06(String path) {
    givenProbeUserWithPassword("right-password");

    Reply wrongPassword = withPassword(PROBE_USER, "wrong-password").get(path);
    Reply unknownUser = withPassword("nobody" + uniquePhone(), "demo").get(path);

    assertProblem(wrongPassword, HttpStatus.UNAUTHORIZED);
    assertThat(wrongPassword.headers().getFirst("WWW-Authenticate")).isEqualTo(REALM);
    assertProblem(unknownUser, HttpStatus.UNAUTHORIZED);
    assertThat(unknownUser.headers().getFirst("WWW-Authenticate")).isEqualTo(REALM);
  }

  @Test
  void registeringWithoutCredentialsIsRejectedAndStoresNothing_INT06() {
    Map<String, Object> request = newCase("repair", null);
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();

    Reply reply = anonymous().post("/api/cases", request);

    assertProblem(reply, HttpStatus.UNAUTHORIZED);
    assertThat(reply.body()).doesNotContain((String) request.get("phone"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void healthAndApiDescriptionAnswerSignedInStaff_INT06() {
    Reply health = as("clerk").get("/actuator/health");
    Reply apiDocs = as("auditor").get("/v3/api-docs");

    assertThat(health.status()).as("%s", health).isEqualTo(HttpStatus.OK);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    assertThat(apiDocs.status()).as("%s", apiDocs).isEqualTo(HttpStatus.OK);
    assertThat(apiDocs.json().path("paths").has("/api/cases")).as(apiDocs.body()).isTrue();
    assertThat(apiDocs.json().path("paths").has("/api/cases/{caseNumber}/events")).isTrue();
  }

  // ---- /api role rules --------------------------------------------------------------------------

  @Test
  void auditorReadsCasesButCannotRegisterThem_INT06() {
    String number = numberOf(submit("clerk", newCase("repair", null)));
    Map<String, Object> request = newCase("repair", null);

    Reply register = as("auditor").post("/api/cases", request);
    Reply read = as("auditor").get("/api/cases/{number}", number);

    JsonNode problem = assertProblem(register, HttpStatus.FORBIDDEN);
    assertThat(problem.path("detail").asText()).isEqualTo("Your groups do not allow this");
    assertThat(register.body()).doesNotContain((String) request.get("phone"));
    assertThat(read.status()).as("%s", read).isEqualTo(HttpStatus.OK);
    assertThat(read.json().path("caseNumber").asText()).isEqualTo(number);
  }

  @Test
  void engineeringReadsOnlyTheCasesRoutedToIt_INT06() {
    String repair = numberOf(submit("clerk", newCase("repair", null)));
    Map<String, Object> inquiryRequest = newCase("inquiry", null);
    String inquiry = numberOf(submit("clerk", inquiryRequest));

    Reply ownCase = as("engineer").get("/api/cases/{number}", repair);
    Reply otherCase = as("engineer").get("/api/cases/{number}", inquiry);
    Reply otherSheet = as("engineer").get("/api/cases/{number}/events", inquiry);
    Reply list = as("engineer").get("/api/cases?size=100");

    assertThat(ownCase.status()).as("%s", ownCase).isEqualTo(HttpStatus.OK);
    assertThat(ownCase.json().path("handlingGroup").asText()).isEqualTo("engineering");
    assertProblem(otherCase, HttpStatus.NOT_FOUND);
    assertThat(otherCase.body())
        .doesNotContain((String) inquiryRequest.get("phone"))
        .doesNotContain((String) inquiryRequest.get("residentName"));
    assertProblem(otherSheet, HttpStatus.NOT_FOUND);
    assertThat(list.status()).as("%s", list).isEqualTo(HttpStatus.OK);
    JsonNode items = list.json().path("items");
    assertThat(items.findValuesAsText("handlingGroup")).isNotEmpty().containsOnly("engineering");
    assertThat(items.findValuesAsText("caseNumber")).contains(repair).doesNotContain(inquiry);
  }

  // ---- /engine-rest: the engine's authorizations ------------------------------------------------

  @Test
  void reviewTaskIsVisibleToTheFrontDeskAndOversightOnly_INT06() {
    String number = numberOf(submit("clerk", newCase("repair", null)));

    JsonNode clerkSees = tasksOf("clerk", number);
    JsonNode engineerSees = tasksOf("engineer", number);
    JsonNode auditorSees = tasksOf("auditor", number);

    assertThat(clerkSees.findValuesAsText("taskDefinitionKey"))
        .containsExactly(ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    assertThat(engineerSees).isEmpty();
    assertThat(auditorSees.findValuesAsText("id"))
        .containsExactlyElementsOf(clerkSees.findValuesAsText("id"));
  }

  @Test
  void auditorCanNeitherClaimNorCompleteATask_INT06() {
    String number = numberOf(submit("clerk", newCase("repair", null)));
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);

    Reply claim =
        as("auditor")
            .post("/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "auditor"));
    Reply complete =
        as("auditor")
            .post(
                "/engine-rest/task/" + review.getId() + "/complete",
                submission(DESK_OUTCOME.of("resolved")));

    assertThat(claim.status()).as("%s", claim).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claim.json().path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(claim.json().path("userId").asText()).isEqualTo("auditor");
    assertThat(complete.status()).as("%s", complete).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete.json().path("type").asText()).isEqualTo("AuthorizationException");
    Task stillOpen = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    assertThat(stillOpen.getId()).isEqualTo(review.getId());
    assertThat(stillOpen.getAssignee()).isNull();
  }

  @Test
  void frontDeskClaimsAndCompletesTheReviewThroughEngineRest_CAT03_HLP05() {
    String number = numberOf(submit("clerk", newCase("repair", null)));
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);

    Reply claim =
        as("clerk")
            .post("/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "clerk"));
    Reply complete = completeDeskReview(number, "dispatch");

    assertThat(claim.status()).as("%s", claim).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(complete.status()).as("%s", complete).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isZero();
    assertThat(tasksOf("engineer", number).findValuesAsText("taskDefinitionKey"))
        .containsExactly(ResidentRequestProcess.Element.ASSIGN_HANDLER);
    JsonNode sheet = as("clerk").get("/api/cases/{number}/events", number).json();
    JsonNode reviewed = sheet.get(sheet.size() - 1);
    assertThat(reviewed.path("step").asText())
        .isEqualTo(ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    assertThat(reviewed.path("actor").asText()).isEqualTo("clerk");
  }

  // ---- confidentiality --------------------------------------------------------------------------

  @Test
  void residentContactDetailsStayOutOfLogsAndRefusals_INT06(CapturedOutput output) {
    // the test profile silences the engine's exception log; production logs it, so do we here
    LogLevel silenced =
        loggingSystem.getLoggerConfiguration("org.camunda.bpm.engine.context").getConfiguredLevel();
    loggingSystem.setLogLevel("org.camunda.bpm.engine.context", LogLevel.INFO);
    try {
      Map<String, Object> request = newCase("repair", null);
      String phone = (String) request.get("phone");
      String name = (String) request.get("residentName");
      Map<String, Object> misspelt = new LinkedHashMap<>(request);
      misspelt.put("telephone", phone);

      Reply rejected = as("webform").post("/api/cases", misspelt);
      String number = numberOf(submit("webform", request));
      Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
      Reply refusedRead = as("webform").get("/api/cases/{number}", number);
      Reply engineerTasks =
          as("engineer").get("/engine-rest/task?processInstanceBusinessKey=" + number);
      Reply refusedClaim =
          as("auditor")
              .post("/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "auditor"));
      Reply claim =
          as("clerk")
              .post("/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "clerk"));
      Reply invalidOutcome = completeDeskReview(number, "shrug");
      Reply complete = completeDeskReview(number, "dispatch");
      Reply refusedComplete =
          as("guard")
              .post(
                  "/engine-rest/task/"
                      + openTask(number, ResidentRequestProcess.Element.ASSIGN_HANDLER).getId()
                      + "/complete",
                  submission(HANDLER.of("guard")));

      assertThat(rejected.status()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refusedRead.status()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(engineerTasks.json()).isEmpty();
      assertThat(refusedClaim.status()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(claim.status()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(invalidOutcome.status())
          .as("%s", invalidOutcome)
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(complete.status()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(refusedComplete.status())
          .as("%s", refusedComplete)
          .isEqualTo(HttpStatus.FORBIDDEN);
      for (Reply reply :
          new Reply[] {
            rejected,
            refusedRead,
            engineerTasks,
            refusedClaim,
            claim,
            invalidOutcome,
            complete,
            refusedComplete
          }) {
        assertThat(reply.body()).as("%s", reply).doesNotContain(phone).doesNotContain(name);
      }
      // a user's mistake is not logged at all (RefusalLoggingTest), let alone with contact data
      assertThat(output.getAll())
          .doesNotContain("deskOutcome must be one of")
          .doesNotContain(phone)
          .doesNotContain(name);
    } finally {
      loggingSystem.setLogLevel("org.camunda.bpm.engine.context", silenced);
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private JsonNode tasksOf(String user, String caseNumber) {
    Reply reply = as(user).get("/engine-rest/task?processInstanceBusinessKey={number}", caseNumber);
    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    return reply.json();
  }

  private void givenProbeUserWithPassword(String password) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(PROBE_USER).count() == 0) {
      User user = identity.newUser(PROBE_USER);
      user.setPassword(password);
      identity.saveUser(user);
    }
  }
}
