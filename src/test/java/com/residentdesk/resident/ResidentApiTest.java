package com.residentdesk.resident;

import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.casefile.ResidentPageSettings;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import com.residentdesk.system.DeskClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The residents' API over real HTTP (issue 18): a report with photos gets its case number at once;
 * its link opens that case and no other; the resident follows it as staff work it through
 * /engine-rest (Tasklist's API), confirms and rates it through the same task a clerk completes; bad
 * input is refused naming the field, in Chinese, and stores nothing.
 */
public class ResidentApiTest extends HttpTestSupport {

  static final String TOKEN = ResidentController.TOKEN;

  @Autowired OutboxRepository outbox;
  @Autowired ResidentThrottle throttle;
  @Autowired ServiceCaseRepository cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired ResidentPageSettings settings;
  @Autowired DeskClock clock;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void forgetThrottle() {
    throttle.reset();
  }

  // ---- report ----------------------------------------------------------------------------------

  @Test
  void aReportWithPhotosGetsItsCaseNumberAtOnceAndStaffSeeThePhotos_INT02() throws Exception {
    Map<String, Object> report = report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL);
    byte[] jpegWithGps =
        PhotoCheckTest.concat(
            Arrays.copyOfRange(PhotoCheckTest.jpeg(), 0, 2),
            app1Exif(PhotoCheckTest.tiffWithGps()),
            Arrays.copyOfRange(PhotoCheckTest.jpeg(), 2, PhotoCheckTest.jpeg().length));

    Reply reply =
        send(
            report,
            List.of(
                photo("tap.jpg", "image/jpeg", jpegWithGps),
                photo("tap.png", "image/png", PhotoCheckTest.png())));

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.CREATED);
    String number = reply.json().path("caseNumber").asText();
    String token = reply.json().path("token").asText();
    assertThat(number).startsWith("RS-PA-");
    assertThat(token).hasSize(43);
    assertThat(reply.json().path("photos").asInt()).isEqualTo(2);
    assertThat(reply.json().path("emergency").asBoolean()).isFalse();

    JsonNode view = anonymous().getWith("/api/resident/case", TOKEN, token).json();
    assertThat(view.path("caseNumber").asText()).isEqualTo(number);
    assertThat(view.path("timeline").get(0).path("code").asText()).isEqualTo("received");
    assertThat(view.path("expected").path("what").asText()).isEqualTo("completion");
    assertThat(view.path("photos")).hasSize(2);
    // the resident's photo, as stored: its type from its content, its GPS directory gone
    long photoId = view.path("photos").get(0).path("id").asLong();
    HttpResponse<byte[]> photo = raw("/api/resident/case/photos/" + photoId, TOKEN, token);
    assertThat(photo.statusCode()).isEqualTo(200);
    assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(new String(photo.body(), StandardCharsets.ISO_8859_1)).contains("Exif");
    assertThat(indexOf(photo.body(), new byte[] {0x5A, 0x5A, 0x5A})).isNegative();

    // staff of the property see them on the task and through the API; another property's do not
    assertThat(as("engineer").get("/api/cases/{n}/photos", number).json()).hasSize(2);
    assertThat(as("auditor").get("/api/cases/{n}/photos", number).json()).hasSize(2);
    assertThat(as("clerkb").get("/api/cases/{n}/photos", number).status())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            raw("/api/cases/" + number + "/photos/" + photoId, "Authorization", basic("engineer"))
                .statusCode())
        .isEqualTo(200);
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    assertThat(review.getDescription()).contains("居民照片 2 张", "/r/photos.html#" + number);
    assertThat(as("clerk").get("/api/cases/{n}/events", number).body())
        .contains("Photos from the resident: 2", "\"actor\":\"resident\"");
  }

  @Test
  void anEmergencyIsToldToPhoneTheCentreWithItsNumber_EMG01() {
    Map<String, Object> report = report(DeskFixture.PROPERTY_B, DeskFixture.UNIT_WITH_EMAIL);
    report.put("subcategory", "burst-pipe");

    Reply reply = send(report, List.of());

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.CREATED);
    assertThat(reply.json().path("emergency").asBoolean()).isTrue();
    assertThat(reply.json().path("centrePhone").asText()).isEqualTo("021-5888 0009");
    assertThat(reply.json().path("caseNumber").asText()).startsWith("RS-PB-");
  }

  @Test
  void aRetriedReportGivesTheSameCaseAndStoresItsPhotosOnce_INT02() throws IOException {
    Map<String, Object> report = report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL);
    List<HttpEntity<?>> photos = List.of(photo("a.png", "image/png", PhotoCheckTest.png()));

    Reply first = send(report, photos, "Idempotency-Key", "page-retry-" + report.get("phone"));
    Reply again = send(report, photos, "Idempotency-Key", "page-retry-" + report.get("phone"));

    assertThat(again.json().path("caseNumber").asText())
        .isEqualTo(first.json().path("caseNumber").asText());
    assertThat(again.json().path("photos").asInt()).isEqualTo(1);
  }

  // ---- bad input
  // ---------------------------------------------------------------------------------

  @Test
  void badReportsAreRefusedNamingTheFieldInChineseAndStoreNothing() {
    Map<String, Object> report = report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL);
    byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

    JsonNode disguised =
        assertProblem(
            send(report, List.of(photo("cat.jpg", "image/jpeg", script))), HttpStatus.BAD_REQUEST);
    assertThat(disguised.path("errors").get(0).path("field").asText()).isEqualTo("photos[0]");
    assertThat(disguised.path("errors").get(0).path("message").asText())
        .isEqualTo("不是 JPEG、PNG 或 HEIC 照片");

    List<HttpEntity<?>> seven = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      seven.add(photo("p" + i + ".png", "image/png", pngBytes()));
    }
    assertThat(
            assertProblem(send(report, seven), HttpStatus.BAD_REQUEST)
                .path("errors")
                .get(0)
                .path("field")
                .asText())
        .isEqualTo("photos");

    Map<String, Object> unknownUnit = new LinkedHashMap<>(report);
    unknownUnit.put("unit", "9-9999");
    assertThat(assertProblem(send(unknownUnit, List.of()), HttpStatus.BAD_REQUEST).toString())
        .contains("\"field\":\"unit\"", "不是本项目登记的房号");

    Map<String, Object> missing = new LinkedHashMap<>(report);
    missing.remove("description");
    missing.put("phone", "call me");
    missing.put("category", "special-service");
    assertThat(reportErrorFields(send(missing, List.of())))
        .containsExactly("category", "description", "phone");

    MultiValueMap<String, Object> repeatedKey = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    repeatedKey.add("report", new HttpEntity<>("{\"unit\":\"1-0502\",\"unit\":\"2-1201\"}", json));
    assertProblem(
        anonymous().postMultipart("/api/resident/reports", repeatedKey), HttpStatus.BAD_REQUEST);

    Map<String, Object> unknownProperty = new LinkedHashMap<>(report);
    unknownProperty.put("property", "ZZ");
    assertProblem(send(unknownProperty, List.of()), HttpStatus.NOT_FOUND);

    // nothing of these reports was stored
    assertThat(
            jdbc.queryForObject(
                "select count(*) from service_case where resident_name = ?",
                Integer.class,
                report.get("residentName")))
        .isZero();
  }

  @Test
  void aPhotoOverItsLimitIsRefusedNamingIt() {
    Map<String, Object> report = report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL);

    Reply large =
        send(
            report,
            List.of(
                photo("ok.png", "image/png", pngBytes()),
                photo("large.jpg", "image/jpeg", new byte[9 << 20])));

    assertThat(assertProblem(large, HttpStatus.BAD_REQUEST).toString())
        .contains("\"field\":\"photos[1]\"", "超过 8 MB");
  }

  @Test
  void scriptInAFieldIsKeptAsTextNeverAsMarkup() {
    Map<String, Object> report = report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL);
    report.put("description", "<img src=x onerror=alert(1)> 漏水");

    Reply reply = send(report, List.of());
    JsonNode view =
        anonymous()
            .getWith("/api/resident/case", TOKEN, reply.json().path("token").asText())
            .json();

    assertThat(view.path("description").asText()).isEqualTo("<img src=x onerror=alert(1)> 漏水");
  }

  @Test
  void tooManyReportsFromOneAddressAreRefusedFor429() {
    for (int i = 0; i < 10; i++) {
      throttle.report("127.0.0.1");
    }

    Reply reply = send(report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL), List.of());

    assertThat(assertProblem(reply, HttpStatus.TOO_MANY_REQUESTS).path("detail").asText())
        .contains("提交次数过多");
    assertThat(reply.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
  }

  @Test
  void aLockSetOnOneNodeHoldsOnEveryNodeAndKeepsNoAddress() {
    ResidentThrottle otherNode = new ResidentThrottle(settings, clock, jdbc, transactions);
    for (int i = 0; i < settings.lookupFailures(); i++) {
      throttle.lookupFailed("RS-YG-20261126-0001", "198.51.100.23");
    }

    assertThat(otherNode.lookupLocked("RS-YG-20261126-0001", "203.0.113.5")).isPresent();
    assertThat(otherNode.lookupLocked("RS-YG-20261126-0002", "198.51.100.23")).isPresent();
    assertThat(otherNode.lookupLocked("RS-YG-20261126-0002", "203.0.113.5")).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from resident_throttle where key_hash like '%198.51%'"
                    + " or key_hash like '%RS-YG%'",
                Integer.class))
        .isZero();
  }

  // ---- access
  // --------------------------------------------------------------------------------------

  @Test
  void oneCasesTokenCannotReadOrChangeAnother_HLP08() throws Exception {
    Reply a =
        send(
            report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL),
            List.of(photo("a.png", "image/png", PhotoCheckTest.png())));
    Reply b =
        send(
            report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL),
            List.of(photo("b.png", "image/png", PhotoCheckTest.png())));
    String tokenA = a.json().path("token").asText();
    String tokenB = b.json().path("token").asText();
    long photoOfB =
        anonymous()
            .getWith("/api/resident/case", TOKEN, tokenB)
            .json()
            .path("photos")
            .get(0)
            .path("id")
            .asLong();

    JsonNode seenWithA = anonymous().getWith("/api/resident/case", TOKEN, tokenA).json();
    assertThat(seenWithA.path("caseNumber").asText())
        .isEqualTo(a.json().path("caseNumber").asText());
    assertThat(seenWithA.toString()).doesNotContain(b.json().path("caseNumber").asText());
    assertThat(raw("/api/resident/case/photos/" + photoOfB, TOKEN, tokenA).statusCode())
        .isEqualTo(404);
    // no staff names: the view has no registering user, no group, no sheet
    assertThat(seenWithA.has("registeredBy")).isFalse();
    assertThat(seenWithA.has("handlingGroup")).isFalse();

    // wrong, missing, guessed and expired tokens open nothing, in the resident's language
    JsonNode wrong =
        assertProblem(
            anonymous()
                .getWith(
                    "/api/resident/case",
                    TOKEN,
                    tokenA.substring(1) + "x",
                    "Accept-Language",
                    "zh-CN"),
            HttpStatus.UNAUTHORIZED);
    assertThat(wrong.path("detail").asText()).contains("链接无效或已过期");
    assertProblem(anonymous().getWith("/api/resident/case"), HttpStatus.UNAUTHORIZED);
    assertProblem(anonymous().getWith("/api/resident/case?t=" + tokenA), HttpStatus.UNAUTHORIZED);
    String expired = expiredTokenFor(a.json().path("caseNumber").asText());
    assertProblem(
        anonymous().getWith("/api/resident/case", TOKEN, expired), HttpStatus.UNAUTHORIZED);
    assertProblem(
        anonymous()
            .post(
                "/api/resident/case/confirmation",
                Map.of("fixed", true, "satisfaction", "satisfied"),
                TOKEN,
                expired),
        HttpStatus.UNAUTHORIZED);

    // a resident's token is no key to the staff's doors
    assertThat(anonymous().getWith("/engine-rest/task", TOKEN, tokenA).status())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            anonymous()
                .getWith("/api/cases/" + a.json().path("caseNumber").asText(), TOKEN, tokenA)
                .status())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aResidentOpensTheCaseWithItsNumberAndPhoneDigitsAndIsLockedAfterRepeatedFailures() {
    Map<String, Object> report = report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL);
    String number = send(report, List.of()).json().path("caseNumber").asText();
    String phone = (String) report.get("phone");
    String lastFour = phone.substring(phone.length() - 4);
    String wrongFour = lastFour.equals("0000") ? "1111" : "0000";

    Reply right =
        anonymous()
            .post("/api/resident/access", Map.of("caseNumber", number, "phoneLastFour", lastFour));
    assertThat(right.status()).isEqualTo(HttpStatus.OK);
    assertThat(
            anonymous()
                .getWith("/api/resident/case", TOKEN, right.json().path("token").asText())
                .json()
                .path("caseNumber")
                .asText())
        .isEqualTo(number);

    for (int i = 0; i < 5; i++) {
      assertProblem(
          anonymous()
              .post(
                  "/api/resident/access", Map.of("caseNumber", number, "phoneLastFour", wrongFour)),
          HttpStatus.UNAUTHORIZED);
    }
    Reply locked =
        anonymous()
            .post(
                "/api/resident/access",
                Map.of("caseNumber", number, "phoneLastFour", lastFour),
                "Accept-Language",
                "zh-CN");
    assertThat(assertProblem(locked, HttpStatus.TOO_MANY_REQUESTS).path("detail").asText())
        .contains("输错次数过多");
    assertThat(locked.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(
            assertProblem(
                    anonymous()
                        .post(
                            "/api/resident/access",
                            Map.of("caseNumber", number, "phoneLastFour", "12")),
                    HttpStatus.BAD_REQUEST)
                .toString())
        .contains("phoneLastFour");
  }

  // ---- confirm and rate
  // --------------------------------------------------------------------------

  @Test
  void theResidentConfirmsAndRatesThroughTheClerksTaskAndNotFixedIsRework_HLP06() {
    Map<String, Object> report = report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL);
    Reply created = send(report, List.of());
    String number = created.json().path("caseNumber").asText();
    String token = created.json().path("token").asText();
    Long caseId = cases.findByCaseNumber(number).orElseThrow().getId();
    assertProblem(confirm(token, true, "satisfied"), HttpStatus.UNPROCESSABLE_ENTITY);

    // staff work it as Tasklist does, through /engine-rest
    assertThat(completeDeskReview(number, "dispatch").status()).isEqualTo(HttpStatus.NO_CONTENT);
    completeAs(
        "supervisor",
        number,
        ResidentRequestProcess.Element.ASSIGN_HANDLER,
        HANDLER.of("engineer"));
    JsonNode assigned = anonymous().getWith("/api/resident/case", TOKEN, token).json();
    assertThat(assigned.path("handlerName").asText()).isEqualTo("engineer Fixture");
    assertThat(assigned.path("timeline").toString()).contains("\"assigned\"");
    handleOnSite(number);

    JsonNode awaiting = anonymous().getWith("/api/resident/case", TOKEN, token).json();
    assertThat(awaiting.path("awaitingConfirmation").asBoolean()).isTrue();
    assertThat(awaiting.path("timeline").toString())
        .contains("\"handled\"", "\"awaiting-confirmation\"");
    assertThat(assertProblem(confirm(token, true, "delighted"), HttpStatus.BAD_REQUEST).toString())
        .contains("satisfaction");

    // not fixed: back to the handler as rework, and the resident is told the new expected time
    assertThat(confirm(token, false, "unsatisfied").status()).isEqualTo(HttpStatus.NO_CONTENT);
    ServiceCase reworked = cases.findByCaseNumber(number).orElseThrow();
    assertThat(reworked.getReworkCount()).isEqualTo(1);
    openTask(number, ResidentRequestProcess.Element.HANDLE_ON_SITE);
    assertThat(outbox.findByCaseIdAndPurpose(caseId, MessagePurpose.PROGRESS_NOTICE))
        .extracting(OutboxMessage::getBody)
        .anySatisfy(text -> assertThat(text).contains("已重新安排处理"));
    assertProblem(confirm(token, true, "satisfied"), HttpStatus.UNPROCESSABLE_ENTITY);

    // fixed the second time: confirmed and rated, and the process goes on to written feedback
    handleOnSite(number);
    Reply done =
        anonymous()
            .post(
                "/api/resident/case/confirmation",
                Map.of("fixed", true, "satisfaction", "very-satisfied", "comment", "师傅很专业"),
                TOKEN,
                token);
    assertThat(done.status()).as("%s", done).isEqualTo(HttpStatus.NO_CONTENT);
    ServiceCase confirmed = cases.findByCaseNumber(number).orElseThrow();
    assertThat(confirmed.getSatisfaction()).isEqualTo("very-satisfied");
    assertThat(confirmed.getFixedConfirmedAt()).isNotNull();
    openTask(number, ResidentRequestProcess.Element.SEND_WRITTEN_FEEDBACK);
    String sheet = as("clerk").get("/api/cases/{n}/events", number).body();
    assertThat(sheet).contains("师傅很专业", "\"actor\":\"resident\"");
    JsonNode after = anonymous().getWith("/api/resident/case", TOKEN, token).json();
    assertThat(after.path("awaitingConfirmation").asBoolean()).isFalse();
    assertThat(after.path("satisfaction").asText()).isEqualTo("very-satisfied");
    assertThat(after.path("timeline").toString()).contains("\"confirmed\"", "\"rework\"");
  }

  @Test
  void anAppealOnACaseThatIsNoComplaintIsRefused_CMP05() {
    String token =
        send(report(DeskFixture.PROPERTY_A, DeskFixture.UNIT_WITH_EMAIL), List.of())
            .json()
            .path("token")
            .asText();

    Reply reply =
        anonymous()
            .post(
                "/api/resident/case/appeal",
                Map.of("appealText", "不同意"),
                TOKEN,
                token,
                "Accept-Language",
                "zh-CN");

    assertThat(assertProblem(reply, HttpStatus.UNPROCESSABLE_ENTITY).toString())
        .contains("appealText", "不是投诉");
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------

  static Map<String, Object> report(String property, String unit) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("property", property);
    report.put("unit", unit);
    report.put("residentName", uniqueName());
    report.put("phone", uniquePhone());
    report.put("category", "repair");
    report.put("subcategory", "small");
    report.put("description", "厨房水龙头漏水");
    report.put("location", "厨房");
    report.put("language", "zh-CN");
    return report;
  }

  private Reply send(Map<String, Object> report, List<HttpEntity<?>> photos, String... headers) {
    String[] all = Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Accept-Language";
    all[headers.length + 1] = "zh-CN";
    return anonymous().postMultipart("/api/resident/reports", parts(report, photos), all);
  }

  /** A report as the page sends it: the fields as a JSON part, each photo a file part. */
  static MultiValueMap<String, Object> parts(
      Map<String, Object> report, List<HttpEntity<?>> photos) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    try {
      parts.add("report", new HttpEntity<>(JSON.writeValueAsString(report), json));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    photos.forEach(photo -> parts.add("photos", photo));
    return parts;
  }

  static HttpEntity<?> photo(String name, String type, byte[] bytes) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(type));
    return new HttpEntity<>(
        new ByteArrayResource(bytes) {
          @Override
          public String getFilename() {
            return name;
          }
        },
        headers);
  }

  private Reply confirm(String token, boolean fixed, String satisfaction) {
    return anonymous()
        .post(
            "/api/resident/case/confirmation",
            Map.of("fixed", fixed, "satisfaction", satisfaction),
            TOKEN,
            token,
            "Accept-Language",
            "zh-CN");
  }

  private void completeAs(
      String user,
      String number,
      String taskKey,
      com.residentdesk.casefile.ProcessVariable.Value... values) {
    Reply reply = completeTask(user, number, taskKey, values);
    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void handleOnSite(String number) {
    Reply reply = handleOnSite("engineer", number, "水龙头已修好");
    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String expiredTokenFor(String caseNumber) throws Exception {
    String token = "E".repeat(43);
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
    jdbc.update(
        "insert into resident_link (token_hash, case_id, issued_for, issued_at, expires_at)"
            + " values (?, (select id from service_case where case_number = ?), 'REPORT', ?, ?)",
        hash,
        caseNumber,
        Timestamp.from(Instant.now().minus(91, ChronoUnit.DAYS)),
        Timestamp.from(Instant.now().minusSeconds(1)));
    return token;
  }

  private HttpResponse<byte[]> raw(String path, String header, String value) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(header, value)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + DeskFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] app1Exif(byte[] tiff) {
    byte[] data = PhotoCheckTest.concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff);
    return PhotoCheckTest.concat(
        new byte[] {
          (byte) 0xFF, (byte) 0xE1, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)
        },
        data);
  }

  private static byte[] pngBytes() {
    try {
      return PhotoCheckTest.png();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static List<String> reportErrorFields(Reply reply) {
    List<String> fields = new ArrayList<>();
    assertProblem(reply, HttpStatus.BAD_REQUEST)
        .path("errors")
        .forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }
}
