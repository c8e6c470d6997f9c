package com.residentdesk.audit;

import static com.residentdesk.casefile.CaseVariables.CASE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.HttpTestSupport;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The audit API over HTTP: who may read it, that it changes nothing, exports, and the read log
 * (QA-06, INT-06).
 */
class AuditApiTest extends HttpTestSupport {

  @Autowired AuditReadRepository reads;

  /** A CSV export as Excel reads it: the byte-order mark first, then the header row. */
  private List<CSVRecord> parse(String csv) throws Exception {
    assertThat(csv).as("UTF-8 byte-order mark").startsWith(AuditExports.BOM);
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv.substring(1)))
        .getRecords();
  }

  @Test
  void auditorReadsTheStoryOfACaseAndTheReadIsRecorded() {
    Map<String, Object> request = newCase("repair", "small");
    request.put("description", "Leak, \"urgent\", under the sink\nsecond line");
    String number = numberOf(submit("clerk", request));

    Reply story = as("auditor").get("/api/audit/cases/{n}", number);

    assertThat(story.status()).as("%s", story).isEqualTo(HttpStatus.OK);
    JsonNode json = story.json();
    assertThat(json.path("processes").get(0).path("processDefinitionKey").asText())
        .isEqualTo("resident-request");
    assertThat(json.path("entries").findValuesAsText("kind"))
        .contains("activity", "task", "decision", "sheet", "deadline");
    assertThat(reads.findByCaseNumberOrderByReadAtAsc(number))
        .anySatisfy(
            r -> {
              assertThat(r.getReader()).isEqualTo("auditor");
              assertThat(r.getWhat()).isEqualTo("case timeline");
            });
  }

  @Test
  void timelineCsvRoundTripsThroughACsvParser() throws Exception {
    Map<String, Object> request = newCase("repair", "small");
    request.put("description", "Leak, \"urgent\", under the sink\nsecond line");
    String number = numberOf(submit("clerk", request));

    Reply csv = as("quality").get("/api/audit/cases/{n}/timeline.csv", number);
    Reply json = as("quality").get("/api/audit/cases/{n}", number);

    assertThat(csv.contentType().toString()).startsWith("text/csv");
    List<CSVRecord> rows = parse(csv.body());
    assertThat(rows).hasSize(json.json().path("entries").size());
    assertThat(rows).extracting(r -> r.get("Kind")).contains("activity", "handling sheet");
    assertThat(rows).extracting(r -> r.get("What")).contains("Request registered");
  }

  @Test
  void csvForExcelOnChineseWindowsStartsWithAByteOrderMarkAndSpeaksChinese() throws Exception {
    Map<String, Object> request = newCase("repair", "small");
    request.put("unit", "8-0802");
    String number = numberOf(submit("clerk", request));

    Reply search = as("auditor").get("/api/audit/cases.csv?unit=8-0802&lang=zh-CN");
    Reply timeline =
        as("auditor", "zh-CN,zh;q=0.9").get("/api/audit/cases/{n}/timeline.csv", number);

    assertThat(search.contentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    byte[] bytes = search.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(java.util.Arrays.copyOf(bytes, 3))
        .as("EF BB BF: Excel reads the file as UTF-8, not GBK")
        .containsExactly(0xEF, 0xBB, 0xBF);
    CSVRecord row = parse(search.body()).get(0);
    assertThat(row.get("工单号")).isEqualTo(number);
    assertThat(row.get("类别")).isEqualTo("报修");
    assertThat(row.get("受理时间（Asia/Shanghai）")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(parse(timeline.body())).extracting(r -> r.get("类型")).contains("环节", "处理单");
  }

  @Test
  void searchFindsCasesByUnitCategoryAndMissedDeadlineAndExportsThem() throws Exception {
    Map<String, Object> request = newCase("repair", "big");
    request.put("unit", "9-0901");
    String number = numberOf(submit("clerk", request));

    Reply found =
        as("auditor").get("/api/audit/cases?unit=9-0901&category=repair&missedDeadline=false");
    Reply none = as("auditor").get("/api/audit/cases?unit=9-0901&missedDeadline=true");
    Reply bad = as("auditor").get("/api/audit/cases?category=gardening");
    Reply csv = as("auditor").get("/api/audit/cases.csv?unit=9-0901");

    assertThat(found.json().path("items").findValuesAsText("caseNumber")).contains(number);
    assertThat(none.json().path("items").findValuesAsText("caseNumber")).doesNotContain(number);
    assertThat(bad.errorFields()).containsExactly("category");
    assertThat(parse(csv.body())).extracting(r -> r.get("Case number")).contains(number);
  }

  @Test
  void anOverlongSearchIsAnsweredNotFailed() {
    Reply reply = as("auditor").get("/api/audit/cases?number=" + "R".repeat(200));

    assertThat(reply.status()).isEqualTo(HttpStatus.OK);
    assertThat(reply.json().path("totalItems").asLong()).isZero();
  }

  @Test
  void caseExportsAsAPrintablePdf() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));

    Reply pdf = as("auditor").get("/api/audit/cases/" + number + ".pdf");

    assertThat(pdf.status()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.body()).startsWith("%PDF");
  }

  @Test
  void onlyAuditorsTheCentreManagerAndQualityMayAudit() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));

    assertThat(as("clerk").get("/api/audit/cases/{n}", number).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("engineer").get("/api/audit/breaches").status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("clerk").get("/api/audit/access").status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").get("/api/audit/access").status()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("manager").get("/api/audit/cases/{n}", number).status()).isEqualTo(HttpStatus.OK);
    assertThat(anonymous().get("/api/audit/breaches").status()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void auditorsChangeNothing() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));

    assertThat(as("auditor").post("/api/audit/cases", Map.of()).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").post("/api/cases", newCase("repair", "small")).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").post("/api/rota", Map.of()).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").post("/api/answers", Map.of()).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").delete("/api/rota/{id}", 1).status()).isEqualTo(HttpStatus.FORBIDDEN);
    var task = openTask(number, "Task_FrontDeskReview");
    assertThat(
            as("auditor")
                .post("/engine-rest/task/" + task.getId() + "/complete", Map.of())
                .status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            as("auditor")
                .post(
                    "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables",
                    Map.of("modifications", submission(CASE_ID.of(1L)).get("variables")))
                .status())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void breachesAndOperationsAnswerWithTheirShapes() {
    Reply breaches = as("auditor").get("/api/audit/breaches?month=2026-11");
    Reply badMonth = as("auditor").get("/api/audit/breaches?month=Nov");
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    Reply operations = as("auditor").get("/api/audit/operations?case={n}", number);

    assertThat(breaches.status()).isEqualTo(HttpStatus.OK);
    assertThat(breaches.json().has("items")).isTrue();
    assertThat(badMonth.errorFields()).containsExactly("month");
    assertThat(operations.json().path("items").findValuesAsText("operation"))
        .contains("Request registered");
    assertThat(operations.json().path("items").findValuesAsText("user")).contains("clerk");
  }
}
