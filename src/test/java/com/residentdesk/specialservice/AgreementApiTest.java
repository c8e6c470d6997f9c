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

  /** An agreement started, confirmed, approved and signed as Tasklist does; its id. */
  private long signedAgreement() {
    Reply started =
        as("clerk")
            .post(
                "/engine-rest/process-definition/key/special-service-agreement/start",
                submission(SpecialServiceRequests.agreementRequest("phone", "绿植养护，每月两次", "阳台")));
    assertThat(started.status()).isEqualTo(HttpStatus.OK);
    String number = SpecialServiceRequests.caseNumberOf(engine, started.json());
    LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
    assertThat(
            completeTask(
                    "clerk",
                    number,
                    SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
                    SERVICE_CODE.of("PLANT-CARE"),
                    PERIOD_START.of(tomorrow.toString()),
                    PERIOD_END.of(tomorrow.plusMonths(6).minusDays(1).toString()),
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
}
