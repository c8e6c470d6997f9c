package com.residentdesk.complaint;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.intake.CaseQueries;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints: the record with its privacy rule, appeals, and the monthly statistics (CMP-05,
 * CMP-08, CMP-09).
 */
@RestController
public class ComplaintController {

  private final CaseQueries cases;
  private final ComplaintFiles complaints;
  private final ComplaintAppeals appeals;
  private final ComplaintReport report;
  private final PropertyAccess access;

  public ComplaintController(
      CaseQueries cases,
      ComplaintFiles complaints,
      ComplaintAppeals appeals,
      ComplaintReport report,
      PropertyAccess access) {
    this.cases = cases;
    this.complaints = complaints;
    this.appeals = appeals;
    this.report = report;
    this.access = access;
  }

  public record AppealRequest(@NotBlank @Size(max = 2000) String appealText) {}

  @Operation(summary = "A complaint; the other parties it names only for its handlers and auditors")
  @GetMapping("/api/complaints/{caseNumber}")
  @Transactional(readOnly = true)
  public ComplaintView get(@PathVariable String caseNumber, Authentication reader) {
    ServiceCase serviceCase = cases.visibleCase(caseNumber, reader);
    Complaint complaint =
        complaints
            .find(serviceCase.getId())
            .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " is not a complaint"));
    boolean mayReadParties = mayReadOtherParties(complaint, CaseQueries.groupsOf(reader));
    return new ComplaintView(
        caseNumber,
        complaint.getSeverity(),
        complaint.getSeveritySource(),
        complaint.getAcceptedAt(),
        complaint.getValid(),
        complaint.getSummary(),
        mayReadParties ? complaint.getOtherParties() : null,
        !mayReadParties && complaint.getOtherParties() != null,
        complaint.getInvestigator(),
        complaint.getPlannedDate(),
        complaint.getReportCause(),
        complaint.getReportRemedy(),
        complaint.getDecidedAt(),
        complaint.getMeasures(),
        complaint.getMeasuresDeadline(),
        complaint.getDecidedAt() == null ? null : complaints.appealDeadline(complaint),
        complaint.getResolvedAt(),
        complaint.getAppealLodgedAt(),
        complaint.getAppealText(),
        complaint.getAppealUpheld(),
        complaint.getAppealOutcome(),
        complaint.getReclassifiedAt(),
        complaint.getArchivedAt());
  }

  @Operation(
      summary = "Lodge the complainant's appeal against the decision, within the appeal window")
  @PostMapping("/api/complaints/{caseNumber}/appeal")
  public ResponseEntity<Void> appeal(
      @PathVariable String caseNumber,
      @Valid @RequestBody AppealRequest request,
      Authentication user) {
    appeals.lodge(caseNumber, request.appealText(), access.visibleTo(user));
    return ResponseEntity.status(HttpStatus.ACCEPTED).build();
  }

  @Operation(
      summary =
          "Monthly complaint statistics (CMP-08), month as YYYY-MM: the caller's properties (or"
              + " one) added up, with each property's figures beside the total")
  @GetMapping("/api/reports/complaints")
  public ComplaintReport.Figures monthly(
      @RequestParam String month,
      @RequestParam(required = false) String property,
      Authentication reader) {
    YearMonth yearMonth;
    try {
      yearMonth = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("month", "must be a month like 2026-11");
    }
    return report.of(yearMonth, access.filter(property, reader));
  }

  /** CMP-09: the groups handling the complaint (by its severity) and the auditors. */
  static boolean mayReadOtherParties(Complaint complaint, Set<String> groups) {
    if (groups.contains(StaffGroups.AUDITOR)) {
      return true;
    }
    Set<String> handlers =
        Complaint.MAJOR.equals(complaint.getSeverity())
            ? Set.of(StaffGroups.CENTRE_MANAGER)
            : Set.of(StaffGroups.CS_HEAD, StaffGroups.SUPERVISOR, StaffGroups.CENTRE_MANAGER);
    return groups.stream().anyMatch(handlers::contains);
  }
}
