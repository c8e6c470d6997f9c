package com.residentdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.HttpTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

/**
 * POST /api/cases and the read side of the case file, over HTTP as the channels and staff use it.
 */
class CaseApiTest extends HttpTestSupport {

  private static final String ALL_CATEGORIES =
      "medical-emergency, repair, complaint, inquiry, public-safety, disaster, everyday-help, challenge, "
          + "suggestion, special-service";
  private static final String ALL_CHANNELS =
      "phone, email, walk-in, letter, online, app, security-control, patrol, suggestion-box";

  // ---- registering ------------------------------------------------------------------------------

  @Test
  void registeredRequestIsTriagedAndCarriesItsDeadlines_INT02_INT04_CAT04() {
    Map<String, Object> request = newCase("repair", null);

    Reply reply = as("clerk").post("/api/cases", request);

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.CREATED);
    JsonNode created = reply.json();
    String number = numberOf(created);
    assertThat(number).matches("RS-PA-\\d{8}-\\d{4}");
    assertThat(number)
        .startsWith("RS-PA-" + receiptDayOf(created).toString().replace("-", "") + "-");
    assertThat(reply.headers().getLocation()).hasToString("/api/cases/" + number);
    assertThat(reply.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(created.path("status").asText()).isEqualTo("TRIAGED");
    assertThat(created.path("priority").asText()).isEqualTo("normal");
    assertThat(created.path("handlingGroup").asText()).isEqualTo("engineering");
    assertThat(created.path("emergency").asBoolean()).isFalse();
    assertThat(created.path("unit").asText()).isEqualTo("1-0502");
    assertThat(created.path("email").asText())
        .as("defaulted from the household")
        .isEqualTo("wang.fang@example.com");
    assertThat(created.path("language").asText()).isEqualTo("zh-CN");

    Instant received = Instant.parse(created.path("receivedAt").asText());
    assertThat(created.path("deadlines").findValuesAsText("rule"))
        .containsExactly("INT-04", "CAT-04");
    JsonNode acknowledgement = deadline(created, "INT-04");
    assertThat(Instant.parse(acknowledgement.path("startedAt").asText())).isEqualTo(received);
    assertThat(Instant.parse(acknowledgement.path("dueAt").asText()))
        .isEqualTo(received.plus(Duration.ofHours(1)));
    assertThat(acknowledgement.has("metAt"))
        .as("an e-mail acknowledgement is only queued")
        .isFalse();
    JsonNode dispatch = deadline(created, "CAT-04");
    assertThat(Instant.parse(dispatch.path("dueAt").asText()))
        .isEqualTo(received.plus(Duration.ofHours(24)));
  }

  @Test
  void retriedSubmissionReturnsTheSameCase_INT02() {
    long before = total("category=suggestion");
    Map<String, Object> request = newCase("suggestion", null);
    String key = UUID.randomUUID().toString();

    Reply first = as("webform").post("/api/cases", request, "Idempotency-Key", key);
    Reply retry = as("webform").post("/api/cases", request, "Idempotency-Key", key);

    assertThat(first.status()).as("%s", first).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.status()).as("%s", retry).isEqualTo(HttpStatus.CREATED);
    assertThat(numberOf(retry.json())).isEqualTo(numberOf(first.json()));
    assertThat(retry.headers().getLocation()).isEqualTo(first.headers().getLocation());
    assertThat(first.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(total("category=suggestion")).isEqualTo(before + 1);
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(ResidentRequestProcess.KEY)
                .processInstanceBusinessKey(numberOf(first.json()))
                .count())
        .isEqualTo(1);
  }

  @Test
  void reusedKeyWithADifferentRequestIsRejected_INT02() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> original = newCase("suggestion", null);
    Map<String, Object> different = new LinkedHashMap<>(original);
    different.put("description", "Please plant more trees along the east gate");
    as("webform").post("/api/cases", original, "Idempotency-Key", key);
    long before = total("category=suggestion");

    Reply conflict = as("webform").post("/api/cases", different, "Idempotency-Key", key);

    JsonNode problem = assertProblem(conflict, HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(conflict.errorFields()).containsExactly("Idempotency-Key");
    assertThat(problem.path("detail").asText()).contains("Idempotency-Key");
    assertThat(conflict.body()).doesNotContain((String) original.get("phone"));
    assertThat(total("category=suggestion")).isEqualTo(before);
  }

  @Test
  void idempotencyKeyLongerThan100CharactersIsRejected_INT02() {
    Reply reply =
        as("webform")
            .post("/api/cases", newCase("suggestion", null), "Idempotency-Key", "k".repeat(101));

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("Idempotency-Key");
  }

  // ---- rejected requests ------------------------------------------------------------------------

  @Test
  void missingRequiredFieldsAreEachNamedAndNothingIsStored_INT02() {
    long before = total("");

    Reply reply = as("clerk").post("/api/cases", "{}");

    JsonNode problem = assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(problem.path("title").asText()).isEqualTo("Invalid request");
    assertThat(reply.errorFields())
        .containsExactly(
            "category", "channel", "description", "location", "phone", "residentName", "unit");
    assertThat(reply.errorMessage("phone")).isEqualTo("must not be blank");
    assertThat(total("")).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource({"call me maybe", "1234", "139-0000-0000-0000-0000"})
  void malformedPhoneIsRejectedWithoutEchoingIt_INT02_INT06(String phone) {
    Map<String, Object> request = newCase("repair", null);
    request.put("phone", phone);

    Reply reply = as("clerk").post("/api/cases", request);

    JsonNode problem = assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("phone");
    assertThat(reply.errorMessage("phone")).isEqualTo("must be a phone number");
    assertThat(problem.path("detail").asText())
        .isEqualTo("Invalid request: phone must be a phone number");
    assertThat(reply.body())
        .doesNotContain(phone)
        .doesNotContain((String) request.get("residentName"));
  }

  @Test
  void unknownCategoryListsTheAllowedCodes_CAT01() {
    Map<String, Object> request = newCase("weather", null);

    Reply reply = as("clerk").post("/api/cases", request);

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("category");
    assertThat(reply.errorMessage("category")).isEqualTo("must be one of " + ALL_CATEGORIES);
    assertThat(reply.body())
        .doesNotContain("weather")
        .doesNotContain((String) request.get("phone"));
  }

  @Test
  void unknownChannelListsTheAllowedCodes_INT01() {
    Map<String, Object> request = newCase("repair", null);
    request.put("channel", "carrier-pigeon");

    Reply reply = as("clerk").post("/api/cases", request);

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("channel");
    assertThat(reply.errorMessage("channel")).isEqualTo("must be one of " + ALL_CHANNELS);
    assertThat(reply.body())
        .doesNotContain("carrier-pigeon")
        .doesNotContain((String) request.get("phone"));
  }

  @Test
  void valueOfTheWrongJsonTypeNamesTheField_INT02() {
    Map<String, Object> objectDescription = newCase("repair", null);
    objectDescription.put("description", Map.of("a", 1));
    Map<String, Object> arrayPhone = newCase("repair", null);
    String phone = (String) arrayPhone.get("phone");
    arrayPhone.put("phone", List.of(phone));

    Reply description = as("clerk").post("/api/cases", objectDescription);
    Reply phoneReply = as("clerk").post("/api/cases", arrayPhone);

    assertProblem(description, HttpStatus.BAD_REQUEST);
    assertThat(description.errorFields()).containsExactly("description");
    assertThat(description.errorMessage("description")).isEqualTo("has the wrong type");
    assertThat(description.body()).doesNotContain((String) objectDescription.get("phone"));
    assertProblem(phoneReply, HttpStatus.BAD_REQUEST);
    assertThat(phoneReply.errorFields()).containsExactly("phone");
    assertThat(phoneReply.body()).doesNotContain(phone);
  }

  @Test
  void controlCharactersAreRejectedNotStored_INT02() {
    Map<String, Object> request = newCase("repair", "small");
    request.put("description", "leak\u0000here");

    Reply body = as("clerk").post("/api/cases", request);
    Reply query = as("clerk").get("/api/cases?category=rep%00air");

    assertProblem(body, HttpStatus.BAD_REQUEST);
    assertThat(body.errorFields()).containsExactly("description");
    assertThat(query.status()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aMistypedEmergencySubcategoryIsRejectedNotTriagedAsNormal_CAT01_EMG01() {
    Reply reply = as("clerk").post("/api/cases", newCase("repair", "pipe-burst"));

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("subcategory");
    assertThat(reply.errorMessage("subcategory")).contains("burst-pipe");
  }

  @Test
  void numberWhereTextIsExpectedIsNotConvertedSilently_INT02() {
    Map<String, Object> numericUnit = newCase("repair", null);
    numericUnit.put("unit", 5);

    Reply reply = as("clerk").post("/api/cases", numericUnit);

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("unit");
  }

  @Test
  void malformedJsonIsRejectedWithoutEchoingIt_INT02_INT06() {
    String phone = uniquePhone();
    String truncated =
        "{\"channel\":\"app\",\"unit\":\"1-0502\",\"phone\":\"" + phone + "\",\"category\":";

    Reply reply = as("clerk").post("/api/cases", truncated);

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("body");
    assertThat(reply.errorMessage("body")).isEqualTo("is not valid JSON for this request");
    assertThat(reply.body()).doesNotContain(phone);
  }

  @Test
  void unknownFieldIsAnErrorNotSilentlyDropped_INT02() {
    Map<String, Object> request = newCase("repair", null);
    request.put("mobile", "13800000000");

    Reply reply = as("clerk").post("/api/cases", request);

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("mobile");
    assertThat(reply.errorMessage("mobile")).isEqualTo("is not a known field");
    assertThat(reply.body())
        .doesNotContain("13800000000")
        .doesNotContain((String) request.get("phone"));
  }

  @Test
  void descriptionLongerThan2000CharactersIsRejected_INT02() {
    Map<String, Object> request = newCase("repair", null);
    request.put("description", "x".repeat(2001));
    Map<String, Object> longest = newCase("repair", null);
    longest.put("description", "y".repeat(2000));

    Reply tooLong = as("clerk").post("/api/cases", request);
    Reply justFits = as("clerk").post("/api/cases", longest);

    assertProblem(tooLong, HttpStatus.BAD_REQUEST);
    assertThat(tooLong.errorFields()).containsExactly("description");
    assertThat(tooLong.errorMessage("description")).isEqualTo("size must be between 0 and 2000");
    assertThat(tooLong.body())
        .doesNotContain("xxxxxxxxxx")
        .doesNotContain((String) request.get("phone"));
    assertThat(justFits.status()).as("%s", justFits).isEqualTo(HttpStatus.CREATED);
  }

  // ---- reading ----------------------------------------------------------------------------------

  @Test
  void caseIsReadByItsNumber_INT02() {
    Map<String, Object> request = newCase("complaint", null);
    String number = numberOf(submit("clerk", request));

    Reply reply = as("supervisor").get("/api/cases/{number}", number);

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    JsonNode found = reply.json();
    assertThat(found.path("caseNumber").asText()).isEqualTo(number);
    assertThat(found.path("category").asText()).isEqualTo("complaint");
    assertThat(found.path("handlingGroup").asText()).isEqualTo("cs-head");
    assertThat(found.path("residentName").asText()).isEqualTo(request.get("residentName"));
    assertThat(found.path("status").asText()).isEqualTo("TRIAGED");
    assertThat(found.path("deadlines").findValuesAsText("rule"))
        .containsExactly("INT-04", "CMP-01");
  }

  @Test
  void unknownCaseIsAProblemNotFound_INT06() {
    Reply reply = as("clerk").get("/api/cases/{number}", "RS-19991231-9999");

    JsonNode problem = assertProblem(reply, HttpStatus.NOT_FOUND);
    assertThat(problem.path("detail").asText())
        .isEqualTo("No case RS-19991231-9999 that you may see");
  }

  @Test
  void handlingSheetStartsWithTheRegistrationBySubmittingUser_INT02_HLP05() {
    String number = numberOf(submit("supervisor", newCase("repair", null)));

    Reply reply = as("auditor").get("/api/cases/{number}/events", number);

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    JsonNode sheet = reply.json();
    assertThat(sheet.size()).isGreaterThanOrEqualTo(3);
    JsonNode first = sheet.get(0);
    assertThat(first.path("title").asText()).isEqualTo("Request registered");
    assertThat(first.path("actor").asText()).isEqualTo("supervisor");
    assertThat(first.path("step").asText()).isEqualTo("Task_RegisterCase");
    assertThat(first.path("rule").asText()).isEqualTo("INT-02");
    assertThat(first.path("details").asText()).isEqualTo("Channel app, category repair");
    assertThat(sheet.findValuesAsText("title"))
        .contains("Acknowledgement e-mail queued", "Triaged");
  }

  @Test
  void casesAreFilteredByCategoryStatusAndDayAndPagedNewestFirst_INT02() {
    long before = total("category=challenge");
    List<String> numbers = new ArrayList<>();
    JsonNode last = null;
    for (int i = 0; i < 3; i++) {
      last = submit("clerk", newCase("challenge", null));
      numbers.add(numberOf(last));
    }
    LocalDate day = receiptDayOf(last);

    JsonNode firstPage = list("category=challenge&from=" + day + "&to=" + day + "&page=0&size=2");
    JsonNode secondPage = list("category=challenge&from=" + day + "&to=" + day + "&page=1&size=2");

    assertThat(firstPage.path("totalItems").asLong()).isEqualTo(before + 3);
    assertThat(firstPage.path("page").asInt()).isZero();
    assertThat(firstPage.path("size").asInt()).isEqualTo(2);
    assertThat(firstPage.path("items").findValuesAsText("caseNumber"))
        .containsExactly(numbers.get(2), numbers.get(1));
    assertThat(secondPage.path("items").get(0).path("caseNumber").asText())
        .isEqualTo(numbers.get(0));
    assertThat(firstPage.path("items").findValuesAsText("category")).containsOnly("challenge");
    assertThat(firstPage.path("items").get(0).has("phone"))
        .as("the list shows no contact details")
        .isFalse();
    assertThat(firstPage.path("items").get(0).has("residentName")).isFalse();

    assertThat(numbersIn("category=challenge&status=TRIAGED&size=100")).containsAll(numbers);
    assertThat(numbersIn("category=challenge&status=ARCHIVED&size=100"))
        .doesNotContainAnyElementsOf(numbers);
    assertThat(numbersIn("category=repair&size=100")).doesNotContainAnyElementsOf(numbers);
    assertThat(numbersIn("category=challenge&from=" + day.plusDays(1) + "&size=100"))
        .doesNotContainAnyElementsOf(numbers);
    assertThat(numbersIn("category=challenge&to=" + day.minusDays(1) + "&size=100"))
        .doesNotContainAnyElementsOf(numbers);
  }

  @ParameterizedTest(name = "{0} is rejected naming {1}")
  @CsvSource({
    "status=OPEN, status",
    "category=weather, category",
    "from=2026-13-45, from",
    "to=yesterday, to",
    "from=2026-11-24&to=2026-11-23, to",
    "page=-1, page",
    "size=0, size",
    "size=101, size",
    "size=twenty, size"
  })
  void badQueryParameterIsNamed_INT02(String query, String parameter) {
    Reply reply = as("clerk").get("/api/cases?" + query);

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly(parameter);
  }

  @Test
  void badStatusListsTheStatuses_INT02() {
    Reply reply = as("clerk").get("/api/cases?status=OPEN");

    assertThat(reply.errorMessage("status"))
        .isEqualTo(
            "must be one of [REGISTERED, TRIAGED, DISPATCHED, HANDLED, CONFIRMED, FEEDBACK_SENT, CALLED_BACK, ARCHIVED]");
  }

  @Test
  void channelIntegrationMaySubmitButNotRead_INT01_INT06() {
    Reply created = as("webform").post("/api/cases", newCase("repair", null));
    assertThat(created.status()).as("%s", created).isEqualTo(HttpStatus.CREATED);
    String number = numberOf(created.json());

    Reply one = as("webform").get("/api/cases/{number}", number);
    Reply list = as("webform").get("/api/cases");
    Reply sheet = as("webform").get("/api/cases/{number}/events", number);

    assertProblem(one, HttpStatus.FORBIDDEN);
    assertProblem(list, HttpStatus.FORBIDDEN);
    assertProblem(sheet, HttpStatus.FORBIDDEN);
    Reply events = as("clerk").get("/api/cases/{number}/events", number);
    assertThat(events.json().get(0).path("actor").asText()).isEqualTo("webform");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private JsonNode list(String query) {
    Reply reply = as("clerk").get("/api/cases?" + query);
    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    return reply.json();
  }

  private long total(String query) {
    return list(query + (query.isEmpty() ? "" : "&") + "size=1").path("totalItems").asLong();
  }

  private List<String> numbersIn(String query) {
    return list(query).path("items").findValuesAsText("caseNumber");
  }

  private static JsonNode deadline(JsonNode serviceCase, String rule) {
    for (JsonNode clock : serviceCase.path("deadlines")) {
      if (rule.equals(clock.path("rule").asText())) {
        return clock;
      }
    }
    throw new AssertionError("No deadline " + rule + " in " + serviceCase);
  }
}
