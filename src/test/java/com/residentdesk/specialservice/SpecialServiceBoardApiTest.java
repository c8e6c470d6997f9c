package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ACCEPTANCE_METHOD;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ACCEPTED_BY_RESIDENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.ACCEPTANCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The special-services page's read (GET /api/special-services/board) over HTTP: a property's
 * bookings with status, appointment, price and acceptance, only to its staff; who may change the
 * catalogue is said by the server and enforced by it (SVC-04, SVC-07, SVC-16).
 */
class SpecialServiceBoardApiTest extends HttpTestSupport {

  private static final String BOARD = "/api/special-services/board";

  /** A floor waxing booked by the app for three days from now at 10:00 (Shanghai); its number. */
  private String booked() {
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(8))
            .plusDays(3)
            .truncatedTo(ChronoUnit.DAYS)
            .withHour(10);
    Map<String, Object> body = newCase("special-service", null);
    body.put("description", "客厅地板打蜡");
    body.put("booking", SpecialServiceRequests.booking("FLOOR-WAX", at, "10", "120", "客厅"));
    return numberOf(submit("webform", body));
  }

  private static JsonNode rowOf(JsonNode rows, String caseNumber) {
    for (JsonNode row : rows) {
      if (row.path("caseNumber").asText().equals(caseNumber)) {
        return row;
      }
    }
    return null;
  }

  @Test
  void aPropertysBookingsShowStatusAppointmentPriceAndAcceptanceToItsStaffOnly_SVC04_SVC07() {
    String number = booked();

    JsonNode before = as("clerk").get(BOARD + "?property=" + DeskFixture.PROPERTY_A).json();
    JsonNode waiting = rowOf(before.path("bookings"), number);
    assertThat(waiting).isNotNull();
    assertThat(waiting.path("status").asText()).isEqualTo("awaiting-acceptance");
    assertThat(waiting.path("appointment").asText()).endsWith(" 10:00");
    assertThat(new BigDecimal(waiting.path("quotedPrice").asText())).isEqualByComparingTo("120");
    assertThat(before.path("catalogueScope").asText()).isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(before.path("catalogue").toString()).contains("FLOOR-WAX");
    assertThat(before.path("mayEditCatalogue").asBoolean()).isFalse();

    assertThat(
            completeTask(
                    "clerk",
                    number,
                    SpecialServiceProcess.Element.CONFIRM_CONTENT_AND_PRICE,
                    ACCEPTANCE.of("accepted"),
                    ACCEPTED_BY_RESIDENT.of("王芳"),
                    ACCEPTANCE_METHOD.of("phone"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode accepted = rowOf(as("cshead").get(BOARD).json().path("bookings"), number);
    assertThat(accepted.path("status").asText()).isEqualTo("accepted");
    assertThat(accepted.path("acceptedByResident").asText()).isEqualTo("王芳");
    assertThat(accepted.path("acceptanceMethod").asText()).isEqualTo("phone");

    assertThat(rowOf(as("clerkb").get(BOARD).json().path("bookings"), number))
        .as("another property's staff do not see it")
        .isNull();
    Reply notTheirs = as("clerkb", "zh-CN").get(BOARD + "?property=" + DeskFixture.PROPERTY_A);
    assertProblem(notTheirs, HttpStatus.BAD_REQUEST);
    assertThat(notTheirs.errorFields()).containsExactly("property");
    assertThat(anonymous().get(BOARD).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theHeadMayChangeTheCatalogueTheAuditorOnlyReads_SVC16() {
    JsonNode head = as("cshead").get(BOARD).json();
    assertThat(head.path("mayEditCatalogue").asBoolean()).isTrue();
    JsonNode auditor = as("auditor").get(BOARD).json();
    assertThat(auditor.path("mayEditCatalogue").asBoolean()).isFalse();
    assertThat(auditor.path("properties").size())
        .as("the company's auditor sees both")
        .isEqualTo(2);
    JsonNode owner = as("owner").get(BOARD).json();
    assertThat(owner.path("mayEditCatalogue").asBoolean()).isTrue();
    assertThat(owner.path("catalogueScope").asText()).as("company defaults").isEqualTo("*");

    int changesBefore =
        as("auditor").get("/api/special-services/catalogue/AUDIT-TRY/changes").json().size();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("property", DeskFixture.PROPERTY_A);
    entry.put("nameZh", "试改");
    entry.put("nameEn", "Attempt");
    entry.put("kind", "hourly");
    entry.put("serviceClass", "other");
    entry.put("unitPrice", new BigDecimal("1"));
    entry.put("unit", "hour");
    entry.put("deliveringGroup", "front-desk");
    entry.put("risky", false);
    entry.put("reason", "不应保存");
    assertProblem(
        as("auditor").put("/api/special-services/catalogue/AUDIT-TRY", entry),
        HttpStatus.FORBIDDEN);
    assertProblem(
        as("clerk").put("/api/special-services/catalogue/AUDIT-TRY", entry), HttpStatus.FORBIDDEN);
    assertThat(as("auditor").get("/api/special-services/catalogue/AUDIT-TRY/changes").json().size())
        .isEqualTo(changesBefore);
    assertThat(as("clerk").get(BOARD).json().path("catalogue").toString())
        .doesNotContain("AUDIT-TRY");
  }
}
