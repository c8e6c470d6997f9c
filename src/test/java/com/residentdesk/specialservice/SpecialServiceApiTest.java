package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ACCEPTANCE_METHOD;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ACCEPTED_BY_RESIDENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.APPOINTMENT_AT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ARRIVED_AT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.DELIVERED_QUANTITY;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.EXPLAINED_CONTENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.INTERCOM_ONLY;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.OUTSIDE_DECISION_NOTE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.OUTSIDE_DELIVERING_GROUP;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.PAYMENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.QUANTITY;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.QUOTED_PRICE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.REFUSAL_EXPLAINED;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.RISK_ASSESSMENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.SERVICE_CODE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.TIME_SPENT_MINUTES;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.VALUABLES_CONSENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.ACCEPTANCE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.OUTSIDE_DECISION;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.RISK_DECISION;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.SATISFACTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.support.HttpTestSupport;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Special services over HTTP: booking through POST /api/cases, the visit, the catalogue API. */
class SpecialServiceApiTest extends HttpTestSupport {

  @Autowired private BookingRepository bookings;
  @Autowired private ServiceCaseRepository cases;
  @Autowired private OutboxRepository outbox;

  private static String inThreeDays() {
    return OffsetDateTime.now(ZoneOffset.ofHours(8))
        .plusDays(3)
        .truncatedTo(ChronoUnit.HOURS)
        .toString();
  }

  private static Map<String, Object> booking(
      String code, String appointmentAt, String quantity, String price) {
    Map<String, Object> booking = new LinkedHashMap<>();
    booking.put("serviceCode", code);
    booking.put("appointmentAt", appointmentAt);
    booking.put("quantity", new BigDecimal(quantity));
    booking.put("quotedPrice", new BigDecimal(price));
    booking.put("requirements", "卧室和客厅，请带无味地蜡");
    return booking;
  }

  private static Map<String, Object> specialService(Map<String, Object> booking) {
    Map<String, Object> body = newCase("special-service", null);
    body.put("description", "客厅地板打蜡");
    body.put("booking", booking);
    return body;
  }

  private Booking bookingOf(String caseNumber) {
    Long caseId = cases.findByCaseNumber(caseNumber).orElseThrow().getId();
    return bookings.findByCaseId(caseId).orElseThrow();
  }

  private Reply complete(
      String user, String caseNumber, String taskKey, ProcessVariable.Value... values) {
    return as(user)
        .post(
            "/engine-rest/task/" + openTask(caseNumber, taskKey).getId() + "/complete",
            submission(values));
  }

  @Test
  void aBookingByApiIsQuotedFromTheCatalogueAndItsStaffAreNotifiedAtOnce_SVC07_SVC16() {
    JsonNode created =
        submit("webform", specialService(booking("FLOOR-WAX", inThreeDays(), "20", "240")));
    String number = numberOf(created);

    Booking booked = bookingOf(number);
    assertThat(booked.getUnitPrice()).isEqualByComparingTo("12.00");
    assertThat(booked.getQuotedPrice()).isEqualByComparingTo("240.00");
    assertThat(booked.getDeliveringGroup()).isEqualTo("engineering");
    assertThat(openTask(number, SpecialServiceProcess.Element.CONFIRM_CONTENT_AND_PRICE))
        .isNotNull();
    assertThat(outbox.findByCaseIdAndPurpose(booked.getCaseId(), MessagePurpose.SPECIAL_SERVICE))
        .extracting(OutboxMessage::getRecipient)
        .contains("engineer@service-desk.example.com")
        .doesNotContain("engineerb@service-desk.example.com", "clerk@service-desk.example.com");
    // a booking is not a repair: no fix or dispatch deadline runs from its receipt
    assertThat(created.path("deadlines").toString()).doesNotContain("SVC-03", "CAT-04");
  }

  @Test
  void workStartsOnlyAfterTheResidentAcceptedAndTheChargeComesFromTheQuote_SVC04_SVC14_SVC16() {
    String number =
        numberOf(
            submit("webform", specialService(booking("FLOOR-WAX", inThreeDays(), "20", "240"))));
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(SpecialServiceProcess.Element.RECORD_ARRIVAL)
                .count())
        .as("no visit before the price is accepted")
        .isZero();

    assertThat(
            complete(
                    "clerk",
                    number,
                    SpecialServiceProcess.Element.CONFIRM_CONTENT_AND_PRICE,
                    ACCEPTANCE.of("accepted"),
                    ACCEPTED_BY_RESIDENT.of("王芳"),
                    ACCEPTANCE_METHOD.of("phone"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Booking accepted = bookingOf(number);
    assertThat(accepted.getAccepted()).isTrue();
    assertThat(accepted.getAcceptedByResident()).isEqualTo("王芳");
    assertThat(accepted.getAcceptanceMethod()).isEqualTo("phone");
    assertThat(accepted.getAcceptanceRecordedBy()).isEqualTo("clerk");
    assertThat(accepted.getAcceptanceRecordedAt()).isNotNull();

    assertThat(
            complete(
                    "engineer",
                    number,
                    SpecialServiceProcess.Element.RECORD_ARRIVAL,
                    ARRIVED_AT.of(OffsetDateTime.now(ZoneOffset.ofHours(8)).toString()))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    // three days early is far outside the window
    assertThat(bookingOf(number).getPunctualityMissed()).isTrue();

    Reply unexplained =
        complete(
            "engineer",
            number,
            SpecialServiceProcess.Element.RECORD_SERVICE,
            EXPLAINED_CONTENT.of(false),
            TIME_SPENT_MINUTES.of(90),
            DELIVERED_QUANTITY.of("22"),
            PAYMENT.of("paid"),
            SATISFACTION.of("satisfied"));
    assertThat(unexplained.status()).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(
            complete(
                    "engineer",
                    number,
                    SpecialServiceProcess.Element.RECORD_SERVICE,
                    EXPLAINED_CONTENT.of(true),
                    VALUABLES_CONSENT.of(true),
                    INTERCOM_ONLY.of(true),
                    TIME_SPENT_MINUTES.of(90),
                    DELIVERED_QUANTITY.of("22"),
                    PAYMENT.of("outstanding"),
                    SATISFACTION.of("satisfied"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Booking done = bookingOf(number);
    assertThat(done.getCharge()).isEqualByComparingTo("264.00");
    assertThat(done.getPayment()).isEqualTo("outstanding");
    assertThat(done.getClosedAt()).isNotNull();
  }

  @Test
  void badBookingsAreRefusedNamingTheFieldAndNothingIsStored_SVC04_SVC07() {
    long before = cases.count();

    Reply unknown =
        as("webform")
            .post("/api/cases", specialService(booking("NO-SUCH", inThreeDays(), "1", "1")));
    Reply past =
        as("webform")
            .post(
                "/api/cases",
                specialService(
                    booking(
                        "HK-HOURLY",
                        OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).toString(),
                        "2",
                        "90")));
    Reply mismatch =
        as("webform", "zh-CN")
            .post("/api/cases", specialService(booking("HK-HOURLY", inThreeDays(), "2", "80")));
    Map<String, Object> onRepair = newCase("repair", "small");
    onRepair.put("booking", booking("HK-HOURLY", inThreeDays(), "2", "90"));
    Reply notAService = as("webform").post("/api/cases", onRepair);

    assertProblem(unknown, HttpStatus.BAD_REQUEST);
    assertThat(unknown.errorFields()).containsExactly("booking.serviceCode");
    assertThat(past.errorFields()).containsExactly("booking.appointmentAt");
    assertThat(mismatch.errorFields()).containsExactly("booking.quotedPrice");
    assertThat(mismatch.errorMessage("booking.quotedPrice")).contains("90.00").contains("价格");
    assertThat(notAService.errorFields()).containsExactly("booking");
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  void aPriceOtherThanTheCatalogueIsTakenWithItsReason_SVC04() {
    Map<String, Object> discounted = booking("HK-HOURLY", inThreeDays(), "2", "80");
    discounted.put("priceOverrideReason", "老客户九折");

    String number = numberOf(submit("webform", specialService(discounted)));

    assertThat(bookingOf(number).getQuotedPrice()).isEqualByComparingTo("80.00");
    assertThat(bookingOf(number).getPriceOverrideReason()).isEqualTo("老客户九折");
  }

  @Test
  void aBookingWithoutItsServiceIsRegisteredInTasklistCheckedAsTheApiChecks_SVC07() {
    Map<String, Object> body = newCase("special-service", null);
    String number = numberOf(submit("webform", body));

    Reply unknown =
        complete(
            "clerk",
            number,
            SpecialServiceProcess.Element.REGISTER_BOOKING,
            SERVICE_CODE.of("NO-SUCH"),
            APPOINTMENT_AT.of(inThreeDays()),
            QUANTITY.of("1"),
            QUOTED_PRICE.of("1"));
    Reply booked =
        complete(
            "clerk",
            number,
            SpecialServiceProcess.Element.REGISTER_BOOKING,
            SERVICE_CODE.of("HK-HOURLY"),
            APPOINTMENT_AT.of(inThreeDays()),
            QUANTITY.of("3"),
            QUOTED_PRICE.of("135"));

    assertThat(unknown.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.body()).contains("NO-SUCH");
    assertThat(booked.status()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(bookingOf(number).getBookedBy()).isEqualTo("clerk");
    assertThat(openTask(number, SpecialServiceProcess.Element.CONFIRM_CONTENT_AND_PRICE))
        .isNotNull();
  }

  // ---- the catalogue
  // -----------------------------------------------------------------------------

  private static Map<String, Object> entry(String property, String price) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (property != null) {
      body.put("property", property);
    }
    body.put("nameZh", "绿植养护");
    body.put("nameEn", "Plant care");
    body.put("kind", "long-term");
    body.put("serviceClass", "other");
    body.put("unitPrice", new BigDecimal(price));
    body.put("unit", "visit");
    body.put("deliveringGroup", "front-desk");
    body.put("risky", false);
    body.put("reason", "2027 年价格调整");
    return body;
  }

  @Test
  void processOwnersChangeTheDefaultsTheHeadTheirPropertyAndEveryChangeIsRecorded_SVC16() {
    String quoted =
        numberOf(
            submit("webform", specialService(booking("PLANT-CARE", inThreeDays(), "4", "120"))));

    Reply company =
        as("owner").put("/api/special-services/catalogue/PLANT-CARE", entry(null, "35"));
    Reply headOfA =
        as("cshead").put("/api/special-services/catalogue/PLANT-CARE", entry("PA", "32"));
    Reply headOnDefaults =
        as("cshead").put("/api/special-services/catalogue/PLANT-CARE", entry(null, "1"));
    Reply clerk = as("clerk").put("/api/special-services/catalogue/PLANT-CARE", entry("PA", "1"));
    Reply auditor =
        as("auditor").put("/api/special-services/catalogue/PLANT-CARE", entry("PA", "1"));

    assertThat(company.status()).isEqualTo(HttpStatus.OK);
    assertThat(headOfA.status()).isEqualTo(HttpStatus.OK);
    assertProblem(headOnDefaults, HttpStatus.FORBIDDEN);
    assertProblem(clerk, HttpStatus.FORBIDDEN);
    assertProblem(auditor, HttpStatus.FORBIDDEN);

    JsonNode atA = as("clerk").get("/api/special-services/catalogue").json();
    JsonNode atB = as("clerkb").get("/api/special-services/catalogue").json();
    assertThat(priceOf(atA, "PLANT-CARE")).isEqualTo("32.00");
    assertThat(priceOf(atB, "PLANT-CARE")).isEqualTo("35.00");

    JsonNode changes = as("clerk").get("/api/special-services/catalogue/PLANT-CARE/changes").json();
    assertThat(changes.size()).isGreaterThanOrEqualTo(2);
    JsonNode first = changes.get(changes.size() - 2);
    assertThat(first.path("changedBy").asText()).isEqualTo("owner");
    assertThat(first.path("reason").asText()).isEqualTo("2027 年价格调整");
    assertThat(first.path("before").asText()).contains("30.00");
    assertThat(first.path("after").asText()).contains("35.00");
    assertThat(changes.get(changes.size() - 1).path("scope").asText()).isEqualTo("PA");

    // a catalogue change never alters a booking already quoted
    assertThat(bookingOf(quoted).getUnitPrice()).isEqualByComparingTo("30.00");
    assertThat(bookingOf(quoted).getQuotedPrice()).isEqualByComparingTo("120.00");
  }

  private static String priceOf(JsonNode catalogue, String code) {
    for (JsonNode entry : catalogue) {
      if (entry.path("code").asText().equals(code)) {
        return new BigDecimal(entry.path("unitPrice").asText()).setScale(2).toPlainString();
      }
    }
    throw new AssertionError("No " + code + " in " + catalogue);
  }

  @Test
  void aBadCatalogueChangeNamesTheField_SVC16() {
    Map<String, Object> negative = entry(null, "-1");
    Map<String, Object> badUnit = entry(null, "10");
    badUnit.put("unit", "day");
    Map<String, Object> noReason = entry(null, "10");
    noReason.remove("reason");

    assertThat(
            as("owner").put("/api/special-services/catalogue/PLANT-CARE", negative).errorFields())
        .containsExactly("unitPrice");
    assertThat(as("owner").put("/api/special-services/catalogue/PLANT-CARE", badUnit).errorFields())
        .containsExactly("unit");
    assertThat(
            as("owner").put("/api/special-services/catalogue/PLANT-CARE", noReason).errorFields())
        .containsExactly("reason");
    assertThat(
            as("owner")
                .put("/api/special-services/catalogue/plant care", entry(null, "10"))
                .errorFields())
        .containsExactly("code");
  }

  @Test
  void aRiskyServiceWaitsForTheQualityGroupsAssessment_SVC06() {
    String approved =
        numberOf(
            submit("webform", specialService(booking("WINDOW-OUT", inThreeDays(), "1", "80"))));
    String refused =
        numberOf(
            submit("webform", specialService(booking("WINDOW-OUT", inThreeDays(), "1", "80"))));

    assertThat(
            complete(
                    "clerk",
                    approved,
                    SpecialServiceProcess.Element.ASSESS_RISK,
                    RISK_DECISION.of("approve"),
                    RISK_ASSESSMENT.of("安全带和双人作业"))
                .status())
        .as("only the business-management department assesses")
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
    assertThat(
            complete(
                    "quality",
                    approved,
                    SpecialServiceProcess.Element.ASSESS_RISK,
                    RISK_DECISION.of("approve"),
                    RISK_ASSESSMENT.of("安全带和双人作业"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            complete(
                    "quality",
                    refused,
                    SpecialServiceProcess.Element.ASSESS_RISK,
                    RISK_DECISION.of("refuse"),
                    RISK_ASSESSMENT.of("高层外墙无吊篮，不能作业"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(bookingOf(approved).getRiskApproved()).isTrue();
    assertThat(bookingOf(approved).getRiskAssessedBy()).isEqualTo("quality");
    assertThat(openTask(approved, SpecialServiceProcess.Element.CONFIRM_CONTENT_AND_PRICE))
        .isNotNull();
    assertThat(bookingOf(refused).getRiskApproved()).isFalse();
    assertThat(
            complete(
                    "clerk",
                    refused,
                    SpecialServiceProcess.Element.EXPLAIN_REFUSAL,
                    REFUSAL_EXPLAINED.of("电话告知：高层外窗无吊篮，不能提供"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(bookingOf(refused).getClosedAt()).isNotNull();
    assertThat(bookingOf(refused).mayStartWork()).isFalse();
  }

  // ---- outside the catalogue
  // -----------------------------------------------------------------------------

  private static Map<String, Object> outside(String name) {
    Map<String, Object> booking = booking("OTHER", inThreeDays(), "1", "150");
    booking.put("serviceName", name);
    return booking;
  }

  @Test
  void aServiceOutsideTheCatalogueNeedsItsNameAndTheDepartmentHeadsApproval_SVC06() {
    long before = cases.count();
    Reply unnamed = as("webform", "zh-CN").post("/api/cases", specialService(outside(null)));
    assertThat(unnamed.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unnamed.errorFields()).containsExactly("booking.serviceName");
    assertThat(unnamed.errorMessage("booking.serviceName")).contains("服务名称");
    assertThat(cases.count()).isEqualTo(before);

    String number = numberOf(submit("webform", specialService(outside("阳台鱼缸清洗"))));
    Booking booked = bookingOf(number);
    assertThat(booked.isOutsideCatalogue()).isTrue();
    assertThat(booked.getServiceNameZh()).isEqualTo("阳台鱼缸清洗");
    assertThat(booked.getDeliveringGroup()).isNull();
    assertThat(outbox.findByCaseIdAndPurpose(booked.getCaseId(), MessagePurpose.SPECIAL_SERVICE))
        .as("nobody is sent before the approval")
        .isEmpty();

    assertThat(
            complete(
                    "clerk",
                    number,
                    SpecialServiceProcess.Element.APPROVE_OUTSIDE_CATALOGUE,
                    OUTSIDE_DECISION.of("approve"),
                    OUTSIDE_DECISION_NOTE.of("可以"),
                    OUTSIDE_DELIVERING_GROUP.of("engineering"))
                .status())
        .as("only the department head approves")
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
    Reply noGroup =
        complete(
            "cshead",
            number,
            SpecialServiceProcess.Element.APPROVE_OUTSIDE_CATALOGUE,
            OUTSIDE_DECISION.of("approve"),
            OUTSIDE_DECISION_NOTE.of("可以，工程部派人"));
    assertThat(noGroup.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bookingOf(number).getHeadApproved()).isNull();
    assertThat(
            complete(
                    "cshead",
                    number,
                    SpecialServiceProcess.Element.APPROVE_OUTSIDE_CATALOGUE,
                    OUTSIDE_DECISION.of("approve"),
                    OUTSIDE_DECISION_NOTE.of("可以，工程部派人"),
                    OUTSIDE_DELIVERING_GROUP.of("engineering"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Booking approved = bookingOf(number);
    assertThat(approved.getHeadApproved()).isTrue();
    assertThat(approved.getHeadDecidedBy()).isEqualTo("cshead");
    assertThat(approved.getDeliveringGroup()).isEqualTo("engineering");
    assertThat(outbox.findByCaseIdAndPurpose(approved.getCaseId(), MessagePurpose.SPECIAL_SERVICE))
        .extracting(OutboxMessage::getRecipient)
        .contains("engineer@service-desk.example.com");
    assertThat(openTask(number, SpecialServiceProcess.Element.CONFIRM_CONTENT_AND_PRICE))
        .isNotNull();
  }

  @Test
  void aRefusedServiceOutsideTheCatalogueIsExplainedToTheResidentThroughTheOutbox_SVC06() {
    String number = numberOf(submit("webform", specialService(outside("代遛狗"))));

    assertThat(
            complete(
                    "cshead",
                    number,
                    SpecialServiceProcess.Element.APPROVE_OUTSIDE_CATALOGUE,
                    OUTSIDE_DECISION.of("refuse"),
                    OUTSIDE_DECISION_NOTE.of("本中心没有宠物照看的人员和保险"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Booking refused = bookingOf(number);
    assertThat(refused.getHeadApproved()).isFalse();
    assertThat(refused.getClosedAt()).isNotNull();
    assertThat(refused.mayStartWork()).isFalse();
    assertThat(outbox.findByCaseIdAndPurpose(refused.getCaseId(), MessagePurpose.SPECIAL_SERVICE))
        .extracting(OutboxMessage::getBody)
        .isNotEmpty()
        .allSatisfy(body -> assertThat(body).contains("代遛狗").contains("本中心没有宠物照看的人员和保险"));
  }
}
