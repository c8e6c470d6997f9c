package com.residentdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.support.HttpTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * INT-03: a request staff take verbally anywhere (a guard on patrol, an engineer on a visit) is
 * registered at once, in the register the front desk keeps, over real HTTP.
 */
class VerbalRequestApiTest extends HttpTestSupport {

  @Autowired CaseFiles caseFiles;
  @Autowired ServiceCaseRepository cases;

  private static Map<String, Object> told(String channel) {
    Map<String, Object> body = newCase("everyday-help", null);
    body.put("channel", channel);
    body.put("description", "住户在楼下说 3 号楼门禁坏了");
    return body;
  }

  @Test
  void anEngineerOnAVisitRegistersARequestAtOnceAndTheFrontDeskSeesItInItsQueue_INT03() {
    Reply registered = as("engineer").post("/api/cases/verbal", told("walk-in"));

    assertThat(registered.status()).as("%s", registered).isEqualTo(HttpStatus.CREATED);
    String number = registered.json().path("caseNumber").asText();
    Long caseId = cases.findByCaseNumber(number).orElseThrow().getId();
    assertThat(caseFiles.sheet(caseId))
        .extracting(CaseEvent::getDetails)
        .anySatisfy(d -> assertThat(d).contains("engineer"));
    JsonNode register = as("clerk").get("/api/cases?size=100").json();
    assertThat(register.toString()).contains(number);
  }

  @Test
  void aGuardOnPatrolRegistersItAndItGoesToTheDepartmentsSupervisor_INT03_HLP03() {
    Reply registered = as("guard").post("/api/cases/verbal", told("patrol"));

    assertThat(registered.status()).as("%s", registered).isEqualTo(HttpStatus.CREATED);
    String number = registered.json().path("caseNumber").asText();
    assertThat(openTask(number, ResidentRequestProcess.Element.ASSIGN_HANDLER)).isNotNull();
  }

  @Test
  void otherChannelsAreRefusedNamingTheFieldAndAuditorsMayNot_INT03() {
    JsonNode channel =
        assertProblem(
            as("engineer", "zh-CN").post("/api/cases/verbal", told("app")), HttpStatus.BAD_REQUEST);
    assertThat(channel.path("errors").get(0).path("field").asText()).isEqualTo("channel");
    assertThat(as("auditor").post("/api/cases/verbal", told("patrol")).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("engineer").post("/api/cases", told("patrol")).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
