package com.residentdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.HttpTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Problem bodies speak the caller's language (issue 13): Chinese for {@code Accept-Language: zh-CN}
 * and for a browser asking for neither Chinese nor English, English for English and for clients
 * that send no header; field names stay as they are.
 */
class ProblemLanguageTest extends HttpTestSupport {

  @Test
  void aChineseCallerReadsWhichFieldIsWrongInChinese() {
    JsonNode problem =
        assertProblem(
            as("clerk", "zh-CN,zh;q=0.9,en;q=0.8").get("/api/cases?from=tomorrow"),
            HttpStatus.BAD_REQUEST);

    assertThat(problem.path("title").asText()).isEqualTo("请求无效");
    assertThat(problem.path("detail").asText()).isEqualTo("请求无效：from 必须是日期，如 2026-11-22");
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("from");
    assertThat(problem.path("errors").get(0).path("message").asText())
        .isEqualTo("必须是日期，如 2026-11-22");
  }

  @Test
  void bodyValidationIsInChineseToo() {
    Map<String, Object> request = newCase("repair", "small");
    request.remove("description");

    JsonNode problem =
        assertProblem(as("clerk", "zh-CN").post("/api/cases", request), HttpStatus.BAD_REQUEST);

    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("description");
    assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("不能为空");
  }

  @Test
  void refusalsAndUnknownThingsAreInChinese() {
    JsonNode forbidden =
        assertProblem(as("clerk", "zh-CN").get("/api/audit/cases"), HttpStatus.FORBIDDEN);
    JsonNode notFound =
        assertProblem(
            as("auditor", "zh-CN").get("/api/audit/cases/RS-19991231-9999"), HttpStatus.NOT_FOUND);
    JsonNode unauthenticated =
        // an unknown user: a wrong password would hold a real one up for a few seconds
        assertProblem(withPassword("nobody", "wrong").get("/api/cases"), HttpStatus.UNAUTHORIZED);

    assertThat(forbidden.path("title").asText()).isEqualTo("无权操作");
    assertThat(forbidden.path("detail").asText()).isEqualTo("您所在的用户组无权进行此操作");
    assertThat(notFound.path("detail").asText()).isEqualTo("没有工单 RS-19991231-9999");
    assertThat(unauthenticated.path("detail").asText())
        .as("no Accept-Language: English for scripts")
        .startsWith("Authentication required");
  }

  @Test
  void englishForEnglishAndNoHeaderChineseForAnyOtherLanguage() {
    String english = "Invalid request: page must be 0 or more";
    String chinese = "请求无效：page 不能小于 0";

    assertThat(badPage(as("clerk", "en-GB,en;q=0.9"))).isEqualTo(english);
    assertThat(badPage(as("clerk"))).as("no header: a script").isEqualTo(english);
    assertThat(badPage(as("clerk", "fr-FR,fr;q=0.9"))).isEqualTo(chinese);
    assertThat(badPage(as("clerk", "de;q=1, en;q=0.5, zh;q=0.8")))
        .as("zh preferred over en by weight")
        .isEqualTo(chinese);
  }

  /** The detail of the problem a negative page number gets. */
  private static String badPage(Http client) {
    return assertProblem(client.get("/api/cases?page=-1"), HttpStatus.BAD_REQUEST)
        .path("detail")
        .asText();
  }
}
