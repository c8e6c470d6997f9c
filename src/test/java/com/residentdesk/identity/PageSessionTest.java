package com.residentdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Our pages share the Camunda webapps' sign-in (issue 13): after signing in to the webapps, /api
 * can be read with that session, without a Basic password dialog; writes need HTTP Basic or the
 * session's write token; sign-out ends the session for both.
 */
class PageSessionTest extends HttpTestSupport {

  private final HttpClient browser =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .build();

  @Test
  void theWebappsSignInLetsAPageReadButNotWrite() throws Exception {
    assertThat(get("/api/session").statusCode()).isEqualTo(401);

    signInToTheWebapps("auditor", DeskFixture.PASSWORD);

    HttpResponse<String> session = get("/api/session");
    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(session.body())
        .contains("\"userId\":\"auditor\"", "\"auditor\"", "\"timeZone\":\"Asia/Shanghai\"");
    assertThat(get("/api/audit/access").statusCode()).isEqualTo(204);
    assertThat(get("/api/audit/cases").statusCode()).isEqualTo(200);

    HttpResponse<String> write =
        send(
            HttpRequest.newBuilder(uri("/api/cases"))
                .header("Content-Type", "application/json")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(write.statusCode()).as("a write needs HTTP Basic, not the cookie").isEqualTo(401);
  }

  @Test
  void aPageWritesWithTheSessionsWriteTokenAndOnlyWithIt() throws Exception {
    signInToTheWebapps("cshead", DeskFixture.PASSWORD);
    String token = JSON.readTree(get("/api/session").body()).path("writeToken").asText();
    assertThat(token).hasSizeGreaterThan(20);
    String entry =
        """
        {"property":"PA","nameZh":"页面写入","nameEn":"Page write","kind":"hourly",
         "serviceClass":"other","unitPrice":1,"unit":"hour","deliveringGroup":"front-desk",
         "risky":false,"reason":"页面会话写入"}""";

    HttpResponse<String> forged = put("/api/special-services/catalogue/PAGE-WRITE", entry, "x");
    HttpResponse<String> bare = put("/api/special-services/catalogue/PAGE-WRITE", entry, null);
    assertThat(forged.statusCode()).as("a wrong token").isEqualTo(401);
    assertThat(bare.statusCode()).as("the cookie alone").isEqualTo(401);

    HttpResponse<String> written = put("/api/special-services/catalogue/PAGE-WRITE", entry, token);
    assertThat(written.statusCode()).as("%s", written.body()).isEqualTo(200);
    assertThat(
            JSON.readTree(get("/api/special-services/catalogue/PAGE-WRITE/changes").body())
                .get(0)
                .path("changedBy")
                .asText())
        .isEqualTo("cshead");
  }

  private HttpResponse<String> put(String path, String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("X-Requested-With", "XMLHttpRequest")
            .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("X-Desk-Write-Token", token);
    }
    return send(request);
  }

  @Test
  void aPageGetsNoPasswordDialogButAScriptDoes() throws Exception {
    HttpResponse<String> page =
        send(
            HttpRequest.newBuilder(uri("/api/session"))
                .header("X-Requested-With", "XMLHttpRequest"));
    HttpResponse<String> script = get("/api/session");

    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(script.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"Resident Service Desk\"");
    assertThat(get("/audit/").statusCode()).as("the page itself holds no data").isEqualTo(200);
  }

  @Test
  void aClerkSignedInToTasklistIsNotLetIntoTheAuditApi() throws Exception {
    signInToTheWebapps("clerk", DeskFixture.PASSWORD);

    assertThat(get("/api/session").statusCode()).isEqualTo(200);
    assertThat(get("/api/audit/access").statusCode()).isEqualTo(403);
  }

  @Test
  void signingOutEndsTheSessionOfThePagesAndTheWebapps() throws Exception {
    signInToTheWebapps("auditor", DeskFixture.PASSWORD);
    HttpResponse<String> forged =
        send(
            HttpRequest.newBuilder(uri(PageSessionController.SIGN_OUT))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(forged.statusCode()).as("sign-out without X-Requested-With").isEqualTo(403);
    assertThat(get("/api/session").statusCode()).isEqualTo(200);

    HttpResponse<String> out =
        send(
            HttpRequest.newBuilder(uri(PageSessionController.SIGN_OUT))
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(out.statusCode()).isEqualTo(204);
    assertThat(get("/api/session").statusCode()).isEqualTo(401);
    assertThat(get("/camunda/api/admin/auth/user/default").statusCode())
        .as("the webapps are signed out too")
        .isIn(401, 404);
  }

  /** As the Welcome page does: fetch the CSRF token, then post the credentials. */
  private void signInToTheWebapps(String user, String password) throws Exception {
    HttpResponse<String> first = get("/camunda/api/admin/auth/user/default");
    String token = first.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/welcome"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .header("Origin", "http://localhost:" + port)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + password, StandardCharsets.UTF_8)));
    assertThat(login.statusCode()).as("login: %s", login.body()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
