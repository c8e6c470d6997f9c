package com.residentdesk.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;
import io.gatling.javaapi.http.*;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 7 item 1: one step of the intake benchmark at a fixed arrival rate (open model).
 *
 * <ul>
 *   <li>{@code -Dbench.mode=intake}: every arrival posts a realistic request to {@code POST
 *       /api/cases} as the channel integration ({@code webform}).
 *   <li>{@code -Dbench.mode=mix}: 50 % intake, 35 % Tasklist queue queries ({@code
 *       /engine-rest/task} with the group filter, as {@code clerk}), 15 % case look-ups ({@code GET
 *       /api/cases/{number}} of a case created earlier, as {@code clerk}).
 * </ul>
 *
 * Properties: {@code bench.baseUrl} (http://127.0.0.1:8181), {@code bench.rate} (arrivals/s),
 * {@code bench.duration} (seconds), {@code bench.mode}. Only loopback targets are allowed.
 */
public class IntakeSimulation extends Simulation {

  static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:8181");
  static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "25"));
  static final int DURATION = Integer.parseInt(System.getProperty("bench.duration", "30"));
  static final String MODE = System.getProperty("bench.mode", "intake");

  static final String STATS_OUT = System.getProperty("bench.statsOut", "");
  static final long START_NANOS = System.nanoTime();

  /** Every response: request name, response time in ms, ok; written as JSON in {@link #after()}. */
  static final ConcurrentLinkedQueue<Object[]> RESULTS = new ConcurrentLinkedQueue<>();

  static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
    return exec(session -> session.remove("rt"))
        .exec(request.check(responseTimeInMillis().saveAs("rt")))
        .exec(
            session -> {
              RESULTS.add(
                  new Object[] {
                    name, session.contains("rt") ? session.getLong("rt") : -1L, !session.isFailed()
                  });
              return session.markAsSucceeded();
            });
  }

  static final String WEBFORM = basic("webform");
  static final String CLERK = basic("clerk");

  static {
    String host = URI.create(BASE_URL).getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
      throw new IllegalArgumentException("bench.baseUrl must be a loopback address: " + BASE_URL);
    }
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes());
  }

  // the demo households plus unknown units (walk-ins from other towers)
  static final String[] UNITS = {
    "1-0101", "1-0502", "2-1201", "3-0808", "5-1603", "4-0704", "6-2203", "7-1105"
  };
  static final String[] CHANNELS = {"phone", "app", "online", "walk-in", "email"};
  // category, subcategory, description, location: weighted towards repairs as in the SOP's
  // statistics
  static final String[][] KINDS = {
    {"repair", "small", "Kitchen tap drips constantly since this morning", "Kitchen"},
    {"repair", "small", "Bathroom light flickers and then goes out", "Bathroom"},
    {"repair", "big", "Balcony door frame cracked, door no longer closes", "Balcony"},
    {"repair", "small", "Corridor light on our floor is broken", "Corridor outside the flat"},
    {"everyday-help", "", "Please help carry a parcel to the 12th floor, lift is slow", "Lobby"},
    {"special-service", "", "Request access card for a new family member", "Front desk"},
    {"inquiry", "", "When will the water tank cleaning take place this month?", "Building 2"},
  };

  /** Case numbers created during this run, read back by the look-ups. */
  static final AtomicReferenceArray<String> CREATED = new AtomicReferenceArray<>(4096);

  static final AtomicLong CREATED_COUNT = new AtomicLong();

  static void remember(String number) {
    long n = CREATED_COUNT.getAndIncrement();
    CREATED.set((int) (n % CREATED.length()), number);
  }

  static String someCase() {
    long n = Math.min(CREATED_COUNT.get(), CREATED.length());
    String number = null;
    while (number == null) {
      number = CREATED.get(ThreadLocalRandom.current().nextInt((int) Math.max(1, n)));
    }
    return number;
  }

  static String body() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String[] kind = KINDS[r.nextInt(KINDS.length)];
    String unit = UNITS[r.nextInt(UNITS.length)];
    String sub = kind[1].isEmpty() ? "" : "\"subcategory\":\"" + kind[1] + "\",";
    return "{\"channel\":\""
        + CHANNELS[r.nextInt(CHANNELS.length)]
        + "\","
        + "\"unit\":\""
        + unit
        + "\","
        + "\"residentName\":\"Resident "
        + r.nextInt(1000, 10000)
        + "\","
        + "\"phone\":\"+86 138 "
        + r.nextInt(1000, 10000)
        + " "
        + r.nextInt(1000, 10000)
        + "\","
        + "\"category\":\""
        + kind[0]
        + "\","
        + sub
        + "\"description\":\""
        + kind[2]
        + " (load test "
        + r.nextInt(1_000_000)
        + ")\","
        + "\"location\":\""
        + kind[3]
        + "\"}";
  }

  static final Iterator<Map<String, Object>> FEED =
      Stream.generate((Supplier<Map<String, Object>>) () -> Map.of("body", body())).iterator();

  final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("application/json")
          .contentTypeHeader("application/json")
          .shareConnections()
          .disableCaching();

  final ChainBuilder intake =
      feed(FEED)
          .exec(session -> session.remove("caseNumber"))
          .exec(
              timed(
                  "intake",
                  http("intake POST /api/cases")
                      .post("/api/cases")
                      .header("Authorization", WEBFORM)
                      .body(StringBody("#{body}"))
                      .check(status().is(201))
                      .check(jsonPath("$.caseNumber").saveAs("caseNumber"))))
          .exec(
              session -> {
                if (session.contains("caseNumber")) {
                  remember(session.getString("caseNumber"));
                }
                return session;
              });

  final ChainBuilder tasklist =
      timed(
          "tasklist",
          http("tasklist GET /engine-rest/task?candidateGroup=front-desk")
              .get(
                  "/engine-rest/task?candidateGroup=front-desk&includeAssignedTasks=true&sortBy=priority&sortOrder=desc&maxResults=50")
              .header("Authorization", CLERK)
              .check(status().is(200)));

  final ChainBuilder lookup =
      exec(session -> session.set("lookupNumber", someCase()))
          .exec(
              timed(
                  "lookup",
                  http("lookup GET /api/cases/{number}")
                      .get("/api/cases/#{lookupNumber}")
                      .header("Authorization", CLERK)
                      .check(status().is(200))));

  final ScenarioBuilder scenario =
      MODE.equals("mix")
          ? scenario("mix@" + RATE)
              .randomSwitch()
              .on(
                  percent(50.0).then(intake),
                  percent(35.0).then(tasklist),
                  percent(15.0).then(lookup))
          : scenario("intake@" + RATE).exec(intake);

  @Override
  public void before() {
    // a few cases so the first look-ups have something to read
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (int i = 0; i < 5; i++) {
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/api/cases"))
                    .header("Authorization", WEBFORM)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        var m = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (m.find()) {
          remember(m.group(1));
        }
      } catch (Exception e) {
        throw new IllegalStateException("cannot seed cases at " + BASE_URL, e);
      }
    }
  }

  @Override
  public void after() {
    if (STATS_OUT.isEmpty()) {
      return;
    }
    StringBuilder json =
        new StringBuilder(
            "{\"mode\":\""
                + MODE
                + "\",\"rate\":"
                + RATE
                + ",\"seconds\":"
                + DURATION
                + ",\"results\":[");
    boolean first = true;
    for (Object[] r : RESULTS) {
      json.append(first ? "" : ",")
          .append("[\"")
          .append(r[0])
          .append("\",")
          .append(r[1])
          .append(",")
          .append(r[2])
          .append("]");
      first = false;
    }
    json.append("]}");
    try {
      Files.writeString(Path.of(STATS_OUT), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  {
    setUp(scenario.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(DURATION))))
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(DURATION + 60L));
  }
}
