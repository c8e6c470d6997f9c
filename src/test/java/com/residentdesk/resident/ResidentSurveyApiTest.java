package com.residentdesk.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.notification.OutboxRepository;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import com.residentdesk.support.SurveyRun;
import com.residentdesk.survey.SatisfactionSurveyProcess;
import com.residentdesk.survey.SatisfactionSurveys;
import com.residentdesk.survey.SurveyQuestionnaireRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The satisfaction questionnaire over real HTTP (QA-04): behind its link it refuses an unknown,
 * tampered, expired or answered link and a rating off the scale with a problem body and stores
 * nothing, names no household, and is rate-limited; staff see the return rate live and enter phone
 * answers as their group allows.
 */
public class ResidentSurveyApiTest extends HttpTestSupport {

  private static final String TOKEN = "X-Resident-Token";

  @Autowired OutboxRepository outbox;
  @Autowired SurveyQuestionnaireRepository questionnaires;
  @Autowired SatisfactionSurveys surveys;

  @Autowired ResidentThrottle throttle;

  @AfterEach
  void resetClockAndThrottle() {
    ClockUtil.reset();
    throttle.reset();
  }

  /** A general survey at property A, drafted, approved by the chain, opened today. */
  private long collecting() {
    Reply proposed =
        as("cshead")
            .post("/api/surveys", Map.of("property", DeskFixture.PROPERTY_A, "kind", "GENERAL"));
    assertThat(proposed.status()).as("%s", proposed).isEqualTo(HttpStatus.CREATED);
    long id = proposed.json().path("id").asLong();
    String key = SatisfactionSurveyProcess.businessKey(id);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    assertThat(
            completeTask(
                    "cshead",
                    key,
                    SatisfactionSurveyProcess.Element.DRAFT_PLAN,
                    SatisfactionSurveyProcess.Field.PURPOSE.of("业主满意度调查"),
                    SatisfactionSurveyProcess.Field.SERVICES.of("help"),
                    SatisfactionSurveyProcess.Field.TARGET_UNITS.of(""),
                    SatisfactionSurveyProcess.Field.SAMPLE_PERCENT.of(98),
                    SatisfactionSurveyProcess.Field.OPENS_ON.of(today),
                    SatisfactionSurveyProcess.Field.WINDOW_DAYS.of(10),
                    SatisfactionSurveyProcess.Field.STAFF.of("王丽"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    for (String user : List.of("cshead", "manager")) {
      assertThat(
              completeTask(
                      user,
                      key,
                      SatisfactionSurveyProcess.Element.APPROVE_PLAN,
                      SatisfactionSurveyProcess.Var.DECISION.of(SatisfactionSurveyProcess.APPROVE))
                  .status())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    SurveyRun.openToday(engine, key);
    return id;
  }

  private Map<String, String> tokensByRecipient(long id) {
    return SurveyRun.tokensByRecipient(id, questionnaires, outbox);
  }

  private static Map<String, Object> answer(int repairs, int customerService) {
    return Map.of(
        "ratings",
        Map.of("repairs", repairs, "customer-service", customerService),
        "opinion",
        "很好");
  }

  @Test
  void theQuestionnaireTakesOneAnswerAndRefusesBadInputStoringNothing_QA04() {
    long id = collecting();
    String wang = tokensByRecipient(id).get("wang.fang@example.com");

    // the link opens the questionnaire: the services, until when; nothing about the household
    Reply view =
        anonymous().getWith("/api/resident/survey", TOKEN, wang, "Accept-Language", "zh-CN");
    assertThat(view.status()).as("%s", view).isEqualTo(HttpStatus.OK);
    assertThat(view.json().path("property").asText()).isEqualTo("南湖花园");
    assertThat(view.json().path("services")).hasSize(2);
    assertThat(view.body()).doesNotContain("1-0502", "王芳", "wang.fang", "13800000502");

    // no token, a tampered token: 401 with a problem body, in the resident's language
    JsonNode none =
        assertProblem(
            anonymous().getWith("/api/resident/survey", "Accept-Language", "zh-CN"),
            HttpStatus.UNAUTHORIZED);
    assertThat(none.path("detail").asText()).contains("问卷链接无效");
    String tampered = (wang.charAt(0) == 'A' ? "B" : "A") + wang.substring(1);
    assertProblem(
        anonymous().getWith("/api/resident/survey", TOKEN, tampered), HttpStatus.UNAUTHORIZED);
    assertProblem(
        anonymous().post("/api/resident/survey", answer(5, 5), TOKEN, tampered),
        HttpStatus.UNAUTHORIZED);

    // a rating off the scale, a service missing, an unknown service: 400 naming the field
    Reply offScale =
        anonymous()
            .post("/api/resident/survey", answer(6, 5), TOKEN, wang, "Accept-Language", "zh-CN");
    assertProblem(offScale, HttpStatus.BAD_REQUEST);
    assertThat(offScale.errorFields()).containsExactly("ratings.repairs");
    assertThat(offScale.errorMessage("ratings.repairs")).contains("1（非常不满意）到 5");
    Reply missing =
        anonymous()
            .post("/api/resident/survey", Map.of("ratings", Map.of("repairs", 3)), TOKEN, wang);
    assertThat(missing.errorFields()).containsExactly("ratings.customer-service");
    Reply unknown =
        anonymous()
            .post(
                "/api/resident/survey",
                Map.of("ratings", Map.of("repairs", 3, "customer-service", 3, "pool", 1)),
                TOKEN,
                wang);
    assertThat(unknown.errorFields()).containsExactly("ratings.pool");
    assertProblem(
        anonymous().post("/api/resident/survey", Map.of("opinion", "x"), TOKEN, wang),
        HttpStatus.BAD_REQUEST);
    assertThat(surveys.get(id).getAnswered()).as("nothing stored").isZero();

    // the answer; the same questionnaire again: refused, the first answer stays
    assertThat(anonymous().post("/api/resident/survey", answer(2, 5), TOKEN, wang).status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode again =
        assertProblem(
            anonymous()
                .post(
                    "/api/resident/survey", answer(5, 5), TOKEN, wang, "Accept-Language", "zh-CN"),
            HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(again.path("detail").asText()).contains("已提交过");
    assertThat(
            anonymous()
                .getWith("/api/resident/survey", TOKEN, wang)
                .json()
                .path("answered")
                .asBoolean())
        .isTrue();

    // staff see the return rate live
    JsonNode live = as("cshead").get("/api/surveys/{id}", id).json().path("results");
    int sent = live.path("sent").asInt();
    assertThat(live.path("answered").asInt()).isEqualTo(1);
    assertThat(live.path("returnRate").asDouble()).isEqualTo(1.0 / sent);
    JsonNode repairs = live.path("services").get(0);
    assertThat(repairs.path("code").asText()).isEqualTo("repairs");
    assertThat(repairs.path("satisfied").asInt()).isZero();

    // the front desk enters a phone answer; an auditor or an engineer may not
    Map<String, Object> phone =
        Map.of(
            "unit",
            DeskFixture.UNIT_WITHOUT_EMAIL,
            "channel",
            "PHONE",
            "ratings",
            Map.of("repairs", 4, "customer-service", 3));
    assertThat(
            as("auditor")
                .post("/api/surveys/{id}/answers".replace("{id}", "" + id), phone)
                .status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("engineer").post("/api/surveys/" + id + "/answers", phone).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("clerk").post("/api/surveys/" + id + "/answers", phone).status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Reply notSent =
        as("clerk")
            .post(
                "/api/surveys/" + id + "/answers",
                Map.of("unit", "9-9999", "channel", "PAPER", "ratings", Map.of("repairs", 4)));
    assertThat(notSent.errorFields()).containsExactly("unit");
    // another property's staff do not see it
    assertProblem(as("clerkb").get("/api/surveys/{id}", id), HttpStatus.NOT_FOUND);
    // the notice is published once the survey has ended
    assertProblem(as("cshead").get("/api/surveys/{id}/notice", id), HttpStatus.BAD_REQUEST);

    // the campaign's end: the link has expired
    ClockUtil.setCurrentTime(Date.from(surveys.get(id).getClosesAt().plusSeconds(1)));
    String emily = tokensByRecipient(id).get("emily.carter@example.com");
    assertProblem(
        anonymous().getWith("/api/resident/survey", TOKEN, emily), HttpStatus.UNAUTHORIZED);
    assertProblem(
        anonymous().post("/api/resident/survey", answer(5, 5), TOKEN, emily),
        HttpStatus.UNAUTHORIZED);
    assertThat(surveys.get(id).getAnswered()).isEqualTo(2);
  }

  @Test
  void guessingLinksLocksTheAddressForAWhile_QA04() {
    String guess = "A".repeat(43);
    for (int i = 0; i < 5; i++) {
      assertProblem(
          anonymous().getWith("/api/resident/survey", TOKEN, guess), HttpStatus.UNAUTHORIZED);
    }
    Reply locked = anonymous().getWith("/api/resident/survey", TOKEN, guess);
    assertProblem(locked, HttpStatus.TOO_MANY_REQUESTS);
    assertThat(locked.headers().getFirst("Retry-After")).isNotBlank();
  }
}
