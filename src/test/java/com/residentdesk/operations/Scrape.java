package com.residentdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.support.DeskFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One scrape of /actuator/prometheus in the Prometheus text format, as Prometheus reads it. */
record Scrape(String text, Map<String, Double> samples) {

  /** Scrapes as a test user (the fixture's password; the administrator's is "admin"). */
  static Scrape of(int port, String user) {
    return of(port, user, "admin".equals(user) ? "admin" : DeskFixture.PASSWORD);
  }

  static Scrape of(int port, String user, String password) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
            .header("Accept", "text/plain;version=0.0.4")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return parse(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Scrape parse(String text) {
    Map<String, Double> samples = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
    return new Scrape(text, samples);
  }

  /** A sample's value by its full series name (labels in the order the registry writes them). */
  double value(String series) {
    Double value = samples.get(series);
    assertThat(value).as("series %s in the scrape", series).isNotNull();
    return value;
  }

  /** The metric names of every sample (e.g. {@code desk_cases_registered_total}). */
  Set<String> names() {
    Set<String> names = new TreeSet<>();
    for (String series : samples.keySet()) {
      int brace = series.indexOf('{');
      names.add(brace < 0 ? series : series.substring(0, brace));
    }
    return names;
  }
}
