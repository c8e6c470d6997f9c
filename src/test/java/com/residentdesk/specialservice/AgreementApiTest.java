package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.*;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.AGREEMENT_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.HttpTestSupport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Long-term agreements over HTTP: started in Tasklist, read, printed and ticked off (SVC-15). */
class AgreementApiTest extends HttpTestSupport {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /**
   * An agreement from tomorrow, started, confirmed, approved and signed as Tasklist does; its id.
   */
  private long signedAgreement() {
    return signedAgreement(LocalDate.now(SHANGHAI).plusDays(1));
  }

  private long signedAgreement(LocalDate start) {
    Reply started =
        as("clerk")
            .post(
                "/engine-rest/process-definition/key/special-service-agreement/start",
                submission(SpecialServiceRequests.agreementRequest("phone", "绿植养护，每月两次", "阳台")));
    assertThat(started.status()).isEqualTo(HttpStatus.OK);
    String number = SpecialServiceRequests.caseNumberOf(engine, started.json());
    assertThat(
            completeTask(
                    "clerk",
                    number,
                    SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
                    SERVICE_CODE.of("PLANT-CARE"),
                    PERIOD_START.of(start.toString()),
                    PERIOD_END.of(start.plusMonths(6).minusDays(1).toString()),
                    SCHEDULE.of("每月第一、三个周六上午"),
                    VISITS_AGREED.of(12),
                    DEDICATED_STAFF.of("engineer"),
                    AGREED_PRICE.of("360"),
                    PRICE_BASIS.of("每次 30 元 × 12 次"),
                    CAPABILITY_CONFIRMED.of(true))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            completeTask(
                    "cshead",
                    number,
                    SpecialServiceAgreementProcess.Element.APPROVE_AGREEMENT,
                    AGREEMENT_DECISION.of("approve"),
                    APPROVAL_NOTE.of("同意"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            completeTask(
                    "clerk",
                    number,
                    SpecialServiceAgreementProcess.Element.SIGN_AGREEMENT,
                    SIGNED_ON.of(LocalDate.now(SHANGHAI).toString()),
                    SIGNED_BY_RESIDENT.of("王芳"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    for (JsonNode a : as("clerk").get("/api/special-services/agreements").json()) {
      if (a.path("caseNumber").asText().equals(number)) {
        return a.path("id").asLong();
      }
    }
    throw new AssertionError("No agreement for " + number);
  }

  @Test
  void theAgreementIsListedPrintedAndItsVisitsTickedOffByItsPropertysStaff_SVC08_SVC15() {
    long id = signedAgreement();
    String uri = "/api/special-services/agreements/" + id;

    Reply printed = as("clerk").get(uri + ".pdf");
    assertThat(printed.status()).isEqualTo(HttpStatus.OK);
    assertThat(printed.contentType()).isEqualTo(MediaType.APPLICATION_PDF);

    OffsetDateTime later = OffsetDateTime.now(SHANGHAI).plusDays(3);
    Reply tooEarly = as("engineer", "zh-CN").post(uri + "/visits", Map.of("note", "浇水"));
    Reply future =
        as("engineer").post(uri + "/visits", Map.of("visitedAt", later.toString(), "note", "x"));
    assertProblem(tooEarly, HttpStatus.BAD_REQUEST);
    assertThat(tooEarly.errorFields()).containsExactly("visitedAt");
    assertThat(tooEarly.errorMessage("visitedAt")).contains("协议开始");
    assertThat(future.errorFields()).containsExactly("visitedAt");
    assertThat(as("auditor").post(uri + "/visits", Map.of()).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("clerkb").get(uri).status()).isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode sheet = as("clerk").get(uri).json();
    assertThat(sheet.path("status").asText()).isEqualTo("signed");
    assertThat(sheet.path("visitsAgreed").asInt()).isEqualTo(12);
    assertThat(sheet.path("visitsDelivered").asInt()).isZero();
    assertThat(sheet.path("dedicatedStaff").asText()).isEqualTo("engineer");
  }

  @Test
  void theDedicatedStaffTicksOffAVisitWithTasklistsSubmitFormAndARefusalStoresNothing_SVC15() {
    long id = signedAgreement(LocalDate.now(SHANGHAI));
    String uri = "/api/special-services/agreements/" + id;
    String number = as("clerk").get(uri).json().path("caseNumber").asText();
    String task = openTask(number, SpecialServiceAgreementProcess.Element.RECORD_VISIT).getId();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee())
        .isEqualTo("engineer");

    Reply future =
        as("engineer", "zh-CN")
            .post(
                "/engine-rest/task/" + task + "/submit-form",
                submission(
                    VISITED_AT.of(OffsetDateTime.now(SHANGHAI).plusHours(2).toString()),
                    VISIT_NOTE.of("浇水")));
    assertThat(future.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.body()).contains("上门时间不能晚于现在").doesNotContain("SVC-");
    assertThat(as("clerk").get(uri).json().path("visitsDelivered").asInt())
        .as("nothing stored")
        .isZero();

    OffsetDateTime visited = OffsetDateTime.now(SHANGHAI).withSecond(0).withNano(0);
    Reply ticked =
        as("engineer")
            .post(
                "/engine-rest/task/" + task + "/submit-form",
                submission(VISITED_AT.of(visited.toString()), VISIT_NOTE.of("浇水、修剪")));
    assertThat(ticked.status()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode sheet = as("clerk").get(uri).json();
    assertThat(sheet.path("visitsDelivered").asInt()).isEqualTo(1);
    assertThat(sheet.path("visitsAgreed").asInt()).isEqualTo(12);
    assertThat(sheet.path("visits").get(0).path("recordedBy").asText()).isEqualTo("engineer");
    assertThat(sheet.path("visits").get(0).path("note").asText()).isEqualTo("浇水、修剪");
    assertThat(openTask(number, SpecialServiceAgreementProcess.Element.RECORD_VISIT).getId())
        .as("the next visit is open")
        .isNotEqualTo(task);
  }
}
