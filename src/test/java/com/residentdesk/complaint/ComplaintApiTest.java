package com.residentdesk.complaint;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.complaint.ComplaintProcess.Field.APPEAL_TEXT;
import static com.residentdesk.complaint.ComplaintProcess.Field.COMPLAINT_SUMMARY;
import static com.residentdesk.complaint.ComplaintProcess.Field.IDENTITY_VERIFIED;
import static com.residentdesk.complaint.ComplaintProcess.Field.MANAGEMENT_OR_SERVICE_FAILURE;
import static com.residentdesk.complaint.ComplaintProcess.Field.OTHER_PARTIES;
import static com.residentdesk.complaint.ComplaintProcess.Field.REPEATED_REQUESTS_IGNORED;
import static com.residentdesk.complaint.ComplaintProcess.Field.SERIOUS_LOSS_OR_INJURY;
import static com.residentdesk.complaint.ComplaintProcess.Field.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Complaints over HTTP: the privacy rule, appeals and the monthly report's access and input. */
class ComplaintApiTest extends HttpTestSupport {

  private String acceptedComplaint() {
    Map<String, Object> complaint = newCase("complaint", null);
    complaint.put("unit", "1-0502");
    complaint.put("residentName", "王芳");
    String number = numberOf(submit("clerk", complaint));
    Task accept =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(number)
            .taskDefinitionKey(ComplaintProcess.Element.ACCEPT_COMPLAINT)
            .singleResult();
    DeskFixture.signIn(engine.getIdentityService(), "clerk", List.of("front-desk"));
    try {
      engine
          .getTaskService()
          .complete(
              accept.getId(),
              variables(
                  IDENTITY_VERIFIED.of(true),
                  VALID.of("true"),
                  REPEATED_REQUESTS_IGNORED.of(false),
                  SERIOUS_LOSS_OR_INJURY.of(false),
                  MANAGEMENT_OR_SERVICE_FAILURE.of(false),
                  COMPLAINT_SUMMARY.of("Noise at night"),
                  OTHER_PARTIES.of("Tenant Qian of 1-0602")));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    return number;
  }

  @Test
  void otherPartiesAreShownOnlyToTheHandlersAndAuditors_CMP09_INT06() {
    String number = acceptedComplaint();

    Reply head = as("cshead").get("/api/complaints/{n}", number);
    Reply auditor = as("auditor").get("/api/complaints/{n}", number);
    Reply clerk = as("clerk").get("/api/complaints/{n}", number);
    Reply sheet = as("clerk").get("/api/cases/{n}/events", number);

    assertThat(head.json().path("otherParties").asText()).isEqualTo("Tenant Qian of 1-0602");
    assertThat(auditor.json().path("otherParties").asText()).isEqualTo("Tenant Qian of 1-0602");
    assertThat(clerk.status()).isEqualTo(HttpStatus.OK);
    assertThat(clerk.json().has("otherParties")).isFalse();
    assertThat(clerk.json().path("otherPartiesWithheld").asBoolean()).isTrue();
    assertThat(clerk.body()).doesNotContain("Qian");
    assertThat(sheet.body()).doesNotContain("Qian");
    assertThat(as("engineer").get("/api/complaints/{n}", number).status())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void appealBeforeAnyDecisionIsRefused_CMP05() {
    String number = acceptedComplaint();

    Reply reply =
        as("webform")
            .post("/api/complaints/" + number + "/appeal", variables(APPEAL_TEXT.of("No")));

    assertThat(reply.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(reply.contentType().toString()).startsWith("application/problem+json");
    assertThat(
            as("auditor")
                .post("/api/complaints/" + number + "/appeal", variables(APPEAL_TEXT.of("No")))
                .status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            as("webform").post("/api/complaints/" + number + "/appeal", variables()).errorFields())
        .containsExactly("appealText");
  }

  @Test
  void monthlyReportIsForManagementQualityAndAuditors_CMP08() {
    Reply head = as("cshead").get("/api/reports/complaints?month=2026-11");
    Reply bad = as("cshead").get("/api/reports/complaints?month=November");

    assertThat(head.status()).isEqualTo(HttpStatus.OK);
    assertThat(head.json().path("month").asText()).isEqualTo("2026-11");
    assertThat(head.json().path("bySeverity").has("major")).isTrue();
    assertThat(bad.errorFields()).containsExactly("month");
    assertThat(as("clerk").get("/api/reports/complaints?month=2026-11").status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").get("/api/reports/complaints?month=2026-11").status())
        .isEqualTo(HttpStatus.OK);
  }
}
