package com.residentdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

/**
 * Failed sign-ins never deny service to the real user: one wrong password costs nothing, a
 * stranger's guesses lock only his own address for a while, and the web form keeps registering
 * cases with its token while a stranger guesses its password.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInLockOutTest extends HttpTestSupport {

  private static final String WEBFORM_TOKEN = "Bearer test-webform-token";

  private void liftAll() {
    for (var lock : as("admin").get("/api/sign-in-locks").json()) {
      as("admin").delete("/api/sign-in-locks/{ref}", lock.path("reference").asText());
    }
  }

  @Test
  void oneWrongPasswordDoesNotMakeTheRightOneFail() {
    Reply wrong = withPassword("records", "wrong").get("/api/cases");
    Reply right = as("records").get("/api/cases");

    assertThat(wrong.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(right.status()).as("%s", right).isEqualTo(HttpStatus.OK);
  }

  @Test
  void webformRegistersCasesWhileAStrangerGuessesItsPassword(CapturedOutput output) {
    try {
      List<HttpStatus> stranger = new java.util.ArrayList<>();
      for (int guess = 0; guess < 12; guess++) {
        stranger.add(
            withPassword("webform", "guess-" + guess)
                .post("/api/cases", newCase("repair", "small"))
                .status());
        Reply intake =
            anonymous()
                .post("/api/cases", newCase("repair", "small"), "Authorization", WEBFORM_TOKEN);
        assertThat(intake.status())
            .as("intake during guess %d: %s", guess, intake)
            .isEqualTo(HttpStatus.CREATED);
      }

      assertThat(stranger.subList(0, 5)).containsOnly(HttpStatus.UNAUTHORIZED);
      assertThat(stranger.subList(5, 12)).containsOnly(HttpStatus.TOO_MANY_REQUESTS);
      Reply locks = as("admin").get("/api/sign-in-locks");
      assertThat(locks.json().findValuesAsText("account")).contains("webform");
      assertThat(locks.json().findValuesAsText("sourceAddress")).contains("127.0.0.1");
      String reference = locks.json().get(0).path("reference").asText();
      assertThat(as("admin").delete("/api/sign-in-locks/{ref}", reference).status())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(as("webform").post("/api/cases", newCase("repair", "small")).status())
          .isEqualTo(HttpStatus.CREATED);
      List<String> lockLines =
          output.toString().lines().filter(l -> l.contains("Sign-in lock")).toList();
      assertThat(lockLines).anyMatch(l -> l.contains(" set: ")).anyMatch(l -> l.contains("lifted"));
      assertThat(lockLines).noneMatch(l -> l.contains("webform") || l.contains("127.0.0.1"));
    } finally {
      liftAll();
    }
  }

  @Test
  void aWrongTokenIsRefusedLikeAWrongPassword() {
    Reply reply =
        anonymous()
            .post("/api/cases", newCase("repair", "small"), "Authorization", "Bearer guessed");

    assertThat(reply.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void onlyTheAdministratorSeesSignInLocks() {
    assertThat(as("clerk").get("/api/sign-in-locks").status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").get("/api/sign-in-locks").status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("admin").get("/api/sign-in-locks").status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void tasklistSignInIsThrottledPerAddressToo() throws Exception {
    try {
      List<Integer> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 7; i++) {
        answers.add(tasklistLogin("records", "wrong-" + i));
      }
      assertThat(answers.subList(0, 5)).containsOnly(401);
      assertThat(answers.subList(5, 7)).containsOnly(429);
      assertThat(tasklistLogin("clerk", DeskFixture.PASSWORD)).isEqualTo(200);
    } finally {
      liftAll();
    }
    assertThat(tasklistLogin("records", DeskFixture.PASSWORD)).isEqualTo(200);
  }

  /** Signs in as the Tasklist page does: with the CSRF token of its first page load. */
  private int tasklistLogin(String user, String password) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String base = "http://localhost:" + port + "/camunda";
    HttpResponse<Void> page =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).build(),
            HttpResponse.BodyHandlers.discarding());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
            .build();
    return browser.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
