package com.residentdesk.specialservice;

import com.residentdesk.property.PropertyAccess;
import com.residentdesk.system.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly special-service analysis report (SVC-10, SVC-12) of a property, as JSON and PDF, for
 * those who read the monthly statistics (customer-service head, centre manager, quality, auditors)
 * at their own properties.
 */
@RestController
public class ServiceReportController {

  private final ServiceReports reports;
  private final ServiceReportPdf pdf;
  private final PropertyAccess access;

  ServiceReportController(ServiceReports reports, ServiceReportPdf pdf, PropertyAccess access) {
    this.reports = reports;
    this.pdf = pdf;
    this.access = access;
  }

  public record ServiceReportView(
      long id,
      String property,
      String month,
      Instant openedAt,
      Instant dueAt,
      SpecialServiceFigures.Figures figures,
      String analysis,
      String measures,
      String writtenBy,
      Instant writtenAt,
      String readBy,
      Instant readAt,
      String qualityNote) {}

  @Operation(summary = "A property's monthly special-service analysis report (SVC-10, SVC-12)")
  @GetMapping("/api/special-services/reports/{property}/{month}")
  public ServiceReportView one(
      @PathVariable String property, @PathVariable String month, Authentication reader) {
    ServiceReport r = visible(property, month, reader);
    return new ServiceReportView(
        r.getId(),
        r.getPropertyCode(),
        r.getReportMonth(),
        r.getOpenedAt(),
        r.getDueAt(),
        reports.figuresOf(r),
        r.getAnalysis(),
        r.getMeasures(),
        r.getWrittenBy(),
        r.getWrittenAt(),
        r.getReadBy(),
        r.getReadAt(),
        r.getQualityNote());
  }

  @Operation(summary = "The monthly special-service analysis report as PDF (SVC-10)")
  @GetMapping("/api/special-services/reports/{property}/{month}.pdf")
  public ResponseEntity<byte[]> printable(
      @PathVariable String property, @PathVariable String month, Authentication reader) {
    ServiceReport r = visible(property, month, reader);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"special-service-report-"
                + r.getPropertyCode()
                + "-"
                + r.getReportMonth()
                + ".pdf\"")
        .body(pdf.of(r));
  }

  private ServiceReport visible(String property, String month, Authentication reader) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month);
    } catch (DateTimeParseException bad) {
      throw new InvalidFieldException("month", "problem.month.format");
    }
    access.requireVisible(property, reader, "problem.special-service.report-none", property, month);
    return reports.of(property, parsed);
  }
}
