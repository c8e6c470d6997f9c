package com.residentdesk.rota;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.HttpTestSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The on-duty rota is data that supervisors keep through the API (HLP-01, HLP-02). */
class RotaApiTest extends HttpTestSupport {

  private static Map<String, Object> line(String group, String user, String role) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("groupId", group);
    line.put("userId", user);
    line.put("dutyRole", role);
    line.put("starts", "20:00");
    line.put("ends", "08:00");
    line.put("validFrom", "2026-12-01");
    return line;
  }

  @Test
  void supervisorAddsAndRemovesARotaLine_HLP01() {
    Reply added = as("supervisor").post("/api/rota", line("security", "guard", "STAFF"));

    assertThat(added.status()).as("%s", added).isEqualTo(HttpStatus.CREATED);
    long id = added.json().path("id").asLong();
    assertThat(added.headers().getLocation()).hasToString("/api/rota/" + id);
    JsonNode security = as("guard").get("/api/rota?group=security").json();
    assertThat(security.findValuesAsText("id")).contains(String.valueOf(id));

    assertThat(as("supervisor").delete("/api/rota/{id}", id).status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("supervisor").delete("/api/rota/{id}", id).status())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void everyoneSeesWhoIsOnDutyNow_HLP01() {
    JsonNode onDuty = as("clerk").get("/api/rota/on-duty").json();

    assertThat(onDuty.path("engineering").path("staff").asText()).isEqualTo("engineer");
    assertThat(onDuty.path("security").path("supervisor").asText()).isEqualTo("supervisor");
    assertThat(onDuty.path("security-control").path("staff").asText()).isEqualTo("control");
  }

  @Test
  void invalidRotaLinesAreRejectedNamingTheField_HLP01() {
    Map<String, Object> unknownGroup = line("gardening", "guard", "STAFF");
    Map<String, Object> unknownUser = line("security", "nobody-here", "STAFF");
    Map<String, Object> badRole = line("security", "guard", "CAPTAIN");
    Map<String, Object> badTime = line("security", "guard", "STAFF");
    badTime.put("starts", "25:00");

    assertThat(as("supervisor").post("/api/rota", unknownGroup).errorFields())
        .containsExactly("groupId");
    assertThat(as("supervisor").post("/api/rota", unknownUser).errorFields())
        .containsExactly("userId");
    assertThat(as("supervisor").post("/api/rota", badRole).errorFields())
        .containsExactly("dutyRole");
    assertThat(as("supervisor").post("/api/rota", badTime).errorFields()).containsExactly("starts");
  }

  @Test
  void onlySupervisorsAndTheCentreManagerChangeTheRota_HLP01() {
    assertThat(as("clerk").post("/api/rota", line("security", "guard", "STAFF")).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").delete("/api/rota/{id}", 1).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("manager").post("/api/rota", line("security", "guard", "SUPERVISOR")).status())
        .isEqualTo(HttpStatus.CREATED);
  }
}
