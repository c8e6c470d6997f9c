package com.residentdesk.specialservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The monthly special-service report over HTTP (SVC-10, SVC-12): JSON and PDF for the readers of
 * the monthly statistics at their own properties; others refused; a bad month named.
 */
class ServiceReportApiTest extends HttpTestSupport {

  private static final YearMonth MONTH = YearMonth.of(2029, 1);

  @Autowired private ServiceReports reports;

  @Test
  void theReportIsReadAsJsonAndPdfByTheHeadTheManagerQualityAndTheAuditor_SVC10_SVC12() {
    reports.prepare(DeskFixture.PROPERTY_A, MONTH);
    String uri = "/api/special-services/reports/" + DeskFixture.PROPERTY_A + "/" + MONTH;

    JsonNode report = as("cshead").get(uri).json();
    assertThat(report.path("property").asText()).isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(report.path("month").asText()).isEqualTo("2029-01");
    // before the 5th of February in Shanghai
    assertThat(report.path("dueAt").asText()).isEqualTo("2029-02-04T16:00:00Z");
    // an empty month: counts of nought, no rates (nothing to divide by)
    assertThat(report.path("figures").path("services").asLong()).isZero();
    assertThat(report.path("figures").path("onTimeRate").isMissingNode()).isTrue();
    assertThat(report.path("figures").path("samplingRequired").isNumber()).isTrue();

    for (String reader : new String[] {"manager", "quality", "auditor"}) {
      assertThat(as(reader).get(uri).status()).as(reader).isEqualTo(HttpStatus.OK);
    }
    Reply pdf = as("quality").get(uri + ".pdf");
    assertThat(pdf.status()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.contentType().toString()).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void othersAreRefusedAndABadMonthIsNamed_SVC10() {
    reports.prepare(DeskFixture.PROPERTY_A, MONTH);
    String uri = "/api/special-services/reports/" + DeskFixture.PROPERTY_A + "/" + MONTH;

    // the front desk does not read the monthly statistics
    assertProblem(as("clerk").get(uri), HttpStatus.FORBIDDEN);
    assertProblem(as("clerk").get(uri + ".pdf"), HttpStatus.FORBIDDEN);
    // property B's manager does not see property A's report
    assertProblem(as("managerb").get(uri), HttpStatus.NOT_FOUND);
    assertProblem(as("managerb").get(uri + ".pdf"), HttpStatus.NOT_FOUND);
    // no report for that month
    assertProblem(
        as("cshead").get("/api/special-services/reports/" + DeskFixture.PROPERTY_A + "/2019-01"),
        HttpStatus.NOT_FOUND);

    Reply bad =
        as("cshead", "zh-CN")
            .get("/api/special-services/reports/" + DeskFixture.PROPERTY_A + "/2029-13");
    assertProblem(bad, HttpStatus.BAD_REQUEST);
    assertThat(bad.errorFields()).containsExactly("month");
    assertThat(bad.errorMessage("month")).contains("月份");
    assertProblem(
        as("cshead")
            .get("/api/special-services/reports/" + DeskFixture.PROPERTY_A + "/janvier.pdf"),
        HttpStatus.BAD_REQUEST);
  }
}
