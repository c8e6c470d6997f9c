package com.residentdesk.support;

import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.intake.ResidentRequestProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * REST tests over real HTTP against the whole application on a random port (H2 in memory, job
 * executor off), signed in with HTTP Basic as the users of {@link DeskFixture}. All subclasses
 * share one context and one database: a test never assumes empty tables and creates the cases it
 * looks at.
 *
 * <p>The mail health check needs an SMTP server, so a GreenMail instance on a free port stands in
 * for the mail relay (a fixed port would collide with other builds on the same machine).
 *
 * <p>Metrics are exported as in production (/actuator/prometheus), which a Spring Boot test
 * otherwise replaces with an in-memory registry.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
@Import(DeskFixture.class)
public abstract class HttpTestSupport {

  protected static final ObjectMapper JSON = new ObjectMapper();
  private static final GreenMail SMTP = startSmtp();

  @LocalServerPort protected int port;
  @Autowired protected ProcessEngine engine;
  @Autowired private com.residentdesk.identity.SignInThrottle signInThrottle;

  @DynamicPropertySource
  static void mailRelay(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    // these tests run on the real clock: keep the front desk open so that routing does not depend
    // on the hour the build runs (after-hours routing is covered by the process tests)
    registry.add("desk.front-desk-hours.opens", () -> "00:00");
    registry.add("desk.front-desk-hours.closes", () -> "00:00");
  }

  /**
   * /engine-rest finds its engine by name in Camunda's static registry, where every Spring context
   * of the test JVM registers an engine called "default" and the last one started wins. The process
   * tests start a context of their own, so this context's engine is put back before each test.
   */
  @BeforeEach
  void routeEngineRestToThisContext() {
    ProcessEngines.registerProcessEngine(engine);
  }

  /** Every test signs in from 127.0.0.1: one test's wrong passwords must not lock the next. */
  @AfterEach
  void liftSignInLocks() {
    signInThrottle.locks().forEach(lock -> signInThrottle.lift(lock.reference()));
  }

  private static GreenMail startSmtp() {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
    return smtp;
  }

  // ---- HTTP -------------------------------------------------------------------------------------

  /** A fixture user; the administrator "admin" has password "admin" (application-test.yaml). */
  protected Http as(String user) {
    return withPassword(user, "admin".equals(user) ? "admin" : DeskFixture.PASSWORD);
  }

  /** A fixture user whose requests ask for a language ({@code Accept-Language}). */
  protected Http as(String user, String acceptLanguage) {
    String password = "admin".equals(user) ? "admin" : DeskFixture.PASSWORD;
    return new Http(
        client(
            headers -> {
              headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
              headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
            }));
  }

  protected Http withPassword(String user, String password) {
    return new Http(
        client(headers -> headers.setBasicAuth(user, password, StandardCharsets.UTF_8)));
  }

  protected Http anonymous() {
    return new Http(client(headers -> {}));
  }

  private RestClient client(Consumer<HttpHeaders> auth) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return RestClient.builder()
        .requestFactory(new JdkClientHttpRequestFactory(http))
        .baseUrl("http://localhost:" + port)
        .defaultHeaders(auth)
        .build();
  }

  /** One user's client. Never throws on an error status: tests assert on the {@link Reply}. */
  protected static final class Http {

    private final RestClient client;

    private Http(RestClient client) {
      this.client = client;
    }

    public Reply get(String uri, Object... variables) {
      return exchange(client.get().uri(uri, variables).accept(MediaType.APPLICATION_JSON));
    }

    /** A GET with headers (name, value, name, value, ...), e.g. a resident's token. */
    public Reply getWith(String uri, String... headerNamesAndValues) {
      RestClient.RequestHeadersSpec<?> spec =
          client.get().uri(uri).accept(MediaType.APPLICATION_JSON);
      for (int i = 0; i < headerNamesAndValues.length; i += 2) {
        spec = spec.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
      }
      return exchange(spec);
    }

    public Reply delete(String uri, Object... variables) {
      return exchange(client.delete().uri(uri, variables).accept(MediaType.APPLICATION_JSON));
    }

    /** POSTs a body: a String is sent as it is (raw JSON), anything else is written as JSON. */
    public Reply post(String uri, Object body, String... headerNamesAndValues) {
      RestClient.RequestBodySpec spec =
          client
              .method(HttpMethod.POST)
              .uri(uri)
              .contentType(MediaType.APPLICATION_JSON)
              .accept(MediaType.APPLICATION_JSON);
      for (int i = 0; i < headerNamesAndValues.length; i += 2) {
        spec = spec.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
      }
      return exchange(body == null ? spec : spec.body(body));
    }

    /** PUTs a body the way {@link #post} does. */
    public Reply put(String uri, Object body) {
      RestClient.RequestBodySpec spec =
          client
              .method(HttpMethod.PUT)
              .uri(uri)
              .contentType(MediaType.APPLICATION_JSON)
              .accept(MediaType.APPLICATION_JSON);
      return exchange(body == null ? spec : spec.body(body));
    }

    /** POSTs multipart/form-data (files and fields), as Camunda Modeler's deploy does. */
    public Reply postMultipart(String uri, MultiValueMap<String, ?> parts, String... headers) {
      RestClient.RequestBodySpec spec =
          client
              .post()
              .uri(uri)
              .contentType(MediaType.MULTIPART_FORM_DATA)
              .accept(MediaType.APPLICATION_JSON);
      for (int i = 0; i < headers.length; i += 2) {
        spec = spec.header(headers[i], headers[i + 1]);
      }
      return exchange(spec.body(parts));
    }

    private static Reply exchange(RestClient.RequestHeadersSpec<?> spec) {
      return spec.exchange(
          (request, response) ->
              new Reply(
                  HttpStatus.valueOf(response.getStatusCode().value()),
                  response.getHeaders(),
                  new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)),
          true);
    }
  }

  /** Status, headers and body text of one response. */
  public record Reply(HttpStatus status, HttpHeaders headers, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }

    public MediaType contentType() {
      return headers.getContentType();
    }

    /** The field names of a problem body's {@code errors}. */
    public List<String> errorFields() {
      return json().path("errors").findValuesAsText("field");
    }

    /** The message given for one field of a problem body's {@code errors}. */
    public String errorMessage(String field) {
      for (JsonNode error : json().path("errors")) {
        if (field.equals(error.path("field").asText())) {
          return error.path("message").asText();
        }
      }
      throw new AssertionError("No error for field " + field + " in " + body);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** An RFC 9457 problem response with the given status: content type and body both say so. */
  protected static JsonNode assertProblem(Reply reply, HttpStatus status) {
    assertThat(reply.status()).as("%s", reply).isEqualTo(status);
    assertThat(reply.contentType())
        .as("Content-Type of %s", reply)
        .isNotNull()
        .matches(
            type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
            "application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.path("status").asInt()).isEqualTo(status.value());
    return problem;
  }

  // ---- cases ------------------------------------------------------------------------------------

  /**
   * A valid request from the fixture's household 1-0502 (which has an e-mail address) through the
   * app, with a phone number and resident name no other test uses, so their absence can be
   * asserted.
   */
  protected static Map<String, Object> newCase(String category, String subcategory) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", "app");
    body.put("unit", DeskFixture.UNIT_WITH_EMAIL);
    body.put("residentName", uniqueName());
    body.put("phone", uniquePhone());
    body.put("category", category);
    if (subcategory != null) {
      body.put("subcategory", subcategory);
    }
    body.put("description", "Water dripping from the kitchen tap");
    body.put("location", "Kitchen");
    return body;
  }

  protected static String uniquePhone() {
    return "139" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
  }

  protected static String uniqueName() {
    StringBuilder name = new StringBuilder("Resident ");
    for (int i = 0; i < 8; i++) {
      name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return name.toString();
  }

  /** Registers a case through POST /api/cases and returns the created case's body. */
  protected JsonNode submit(String user, Map<String, Object> body) {
    Reply reply = as(user).post("/api/cases", body);
    if (reply.status() != HttpStatus.CREATED) {
      throw new AssertionError("Case not created: " + reply);
    }
    return reply.json();
  }

  protected static String numberOf(JsonNode createdCase) {
    return createdCase.path("caseNumber").asText();
  }

  protected static LocalDate receiptDayOf(JsonNode createdCase) {
    return Instant.parse(createdCase.path("receivedAt").asText())
        .atZone(ProcessTestSupport.SHANGHAI)
        .toLocalDate();
  }

  /**
   * The open task of a case, read directly from the engine (no user, so no authorization filter).
   */
  protected Task openTask(String caseNumber, String taskKey) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new AssertionError("No open task " + taskKey + " for " + caseNumber);
    }
    return task;
  }

  /** A task completion as /engine-rest takes it: {"variables": {name: {"value": ...}}}. */
  protected static Map<String, Object> submission(ProcessVariable.Value... values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (ProcessVariable.Value value : values) {
      variables.put(value.name(), Collections.singletonMap("value", value.value()));
    }
    return Map.of("variables", variables);
  }

  /** Completes the case's open task through /engine-rest as the user, as Tasklist does. */
  protected Reply completeTask(
      String user, String caseNumber, String taskKey, ProcessVariable.Value... values) {
    return as(user)
        .post(
            "/engine-rest/task/" + openTask(caseNumber, taskKey).getId() + "/complete",
            submission(values));
  }

  /** The handler reports the visit: arrived now (Shanghai), what was done, the result. */
  protected Reply handleOnSite(String user, String caseNumber, String result) {
    return completeTask(
        user,
        caseNumber,
        ResidentRequestProcess.Element.HANDLE_ON_SITE,
        ResidentRequestProcess.Field.ARRIVED_AT.of(
            java.time.OffsetDateTime.now(ProcessTestSupport.SHANGHAI)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString()),
        ResidentRequestProcess.Field.HANDLING_NOTES.of("换了垫圈"),
        ResidentRequestProcess.Field.RESULT.of(result));
  }

  /** Completes Task_FrontDeskReview through /engine-rest as the clerk with the given outcome. */
  protected Reply completeDeskReview(String caseNumber, String outcome) {
    Task review = openTask(caseNumber, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    return as("clerk")
        .post(
            "/engine-rest/task/" + review.getId() + "/complete",
            submission(DESK_OUTCOME.of(outcome)));
  }
}
