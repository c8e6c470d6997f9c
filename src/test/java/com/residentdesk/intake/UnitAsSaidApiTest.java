package com.residentdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.household.Household;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Units as residents say them are registered under the household register's name of the case's
 * property (INT-02); a room said without its building is looked up, and the clerk is asked which
 * building, in words, when several fit.
 */
class UnitAsSaidApiTest extends HttpTestSupport {

  @Autowired private HouseholdRepository households;

  @Test
  void aUnitSaidWithBuildingAndRoomIsTheRegistersName_INT02() {
    Map<String, Object> request = newCase("repair", "leak");
    request.put("unit", "1栋502室");

    assertThat(submit("clerk", request).path("unit").asText())
        .isEqualTo(DeskFixture.UNIT_WITH_EMAIL);
  }

  @Test
  void aRoomSaidWithoutItsBuildingIsTheOnlyRoomOfThatNumber_INT02() {
    Map<String, Object> request = newCase("repair", "leak");
    request.put("unit", "1201室");

    assertThat(submit("clerk", request).path("unit").asText())
        .isEqualTo(DeskFixture.UNIT_WITHOUT_EMAIL);
  }

  @Test
  void aRoomThatFitsSeveralUnitsIsRefusedWithTheCandidatesInWords_INT02() {
    households.save(
        new Household(
            DeskFixture.PROPERTY_A, "7-0808", "刘洋", "13800000808", null, "zh-CN", "phone"));
    Map<String, Object> request = newCase("repair", "leak");
    request.put("unit", "808室");

    Reply reply = as("clerk", "zh-CN").post("/api/cases", request);

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorFields()).containsExactly("unit");
    assertThat(reply.errorMessage("unit")).contains("3栋808室", "7栋808室", "请写明是哪一栋");
  }

  @Test
  void textThatNamesNoRoomIsRefusedWithAnExampleNotAPattern_INT02() {
    Map<String, Object> request = newCase("repair", "leak");
    request.put("unit", "楼上邻居家");

    Reply reply = as("clerk", "zh-CN").post("/api/cases", request);

    assertProblem(reply, HttpStatus.BAD_REQUEST);
    assertThat(reply.errorMessage("unit"))
        .contains("1栋502室")
        .doesNotContain("^")
        .doesNotContain("[");
  }
}
