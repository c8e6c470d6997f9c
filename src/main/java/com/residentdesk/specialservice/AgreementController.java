package com.residentdesk.specialservice;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.property.PropertyAccess;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Long-term special-service agreements (SVC-08, SVC-11, SVC-15): staff of the property read them
 * with their confirmation sheet (agreed against delivered visits) and print them as PDF; the
 * delivering staff tick off each visit.
 */
@RestController
public class AgreementController {

  private final Agreements agreements;
  private final AgreementPdf pdf;
  private final CaseFiles caseFiles;
  private final PropertyAccess access;
  private final com.residentdesk.system.DeskClock clock;

  AgreementController(
      Agreements agreements,
      AgreementPdf pdf,
      CaseFiles caseFiles,
      PropertyAccess access,
      com.residentdesk.system.DeskClock clock) {
    this.clock = clock;
    this.agreements = agreements;
    this.pdf = pdf;
    this.caseFiles = caseFiles;
    this.access = access;
  }

  public record VisitView(Instant visitedAt, String recordedBy, String note) {}

  public record CallbackView(Instant calledAt, String calledBy, boolean satisfied, String note) {}

  public record AgreementView(
      long id,
      String caseNumber,
      String property,
      String unit,
      String serviceCode,
      String serviceNameZh,
      String serviceNameEn,
      LocalDate periodStart,
      LocalDate periodEnd,
      String schedule,
      String dedicatedStaff,
      BigDecimal agreedPrice,
      String priceBasis,
      String status,
      int visitsAgreed,
      int visitsDelivered,
      List<VisitView> visits,
      List<CallbackView> callbacks,
      String approvedBy,
      LocalDate signedOn,
      String stopNotice,
      Instant stopNoticeAt,
      LocalDate stopOn) {}

  /** SVC-15: a visit to tick off; {@code visitedAt} defaults to now. */
  public record VisitRequest(OffsetDateTime visitedAt, @Size(max = 500) String note) {}

  @Operation(summary = "The long-term agreements at the reader's properties (SVC-08, SVC-15)")
  @GetMapping("/api/special-services/agreements")
  public List<AgreementView> list(Authentication reader) {
    return agreements.at(access.visibleTo(reader)).stream().map(a -> view(a, false)).toList();
  }

  @Operation(summary = "One agreement with its confirmation sheet and callbacks (SVC-11, SVC-15)")
  @GetMapping("/api/special-services/agreements/{id}")
  public AgreementView one(@PathVariable long id, Authentication reader) {
    return view(visible(id, reader), true);
  }

  @Operation(summary = "The agreement (特约服务协议书) as PDF, to print and sign (SVC-08)")
  @GetMapping("/api/special-services/agreements/{id}.pdf")
  public ResponseEntity<byte[]> printable(@PathVariable long id, Authentication reader) {
    Agreement a = visible(id, reader);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"agreement-"
                + caseFiles.get(a.getCaseId()).getCaseNumber()
                + ".pdf\"")
        .body(pdf.of(a, agreements.visitsOf(a.getId())));
  }

  @Operation(summary = "Tick off a visit on the agreement's confirmation sheet (SVC-15)")
  @PostMapping("/api/special-services/agreements/{id}/visits")
  public ResponseEntity<AgreementView> tick(
      @PathVariable long id,
      @Valid @RequestBody(required = false) VisitRequest request,
      Authentication reader) {
    Agreement a = visible(id, reader);
    Instant at =
        request == null || request.visitedAt() == null
            ? clock.now()
            : request.visitedAt().toInstant();
    agreements.tickVisit(a, at, reader.getName(), request == null ? null : request.note());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(a, true));
  }

  private Agreement visible(long id, Authentication reader) {
    Agreement a =
        agreements
            .byId(id)
            .orElseThrow(
                () ->
                    new com.residentdesk.system.NotFoundException(
                        "problem.special-service.agreement-none", id));
    access.requireVisible(
        a.getPropertyCode(), reader, "problem.special-service.agreement-none", id);
    return a;
  }

  private AgreementView view(Agreement a, boolean details) {
    ServiceCase serviceCase = caseFiles.get(a.getCaseId());
    List<AgreementVisit> visits = agreements.visitsOf(a.getId());
    return new AgreementView(
        a.getId(),
        serviceCase.getCaseNumber(),
        a.getPropertyCode(),
        serviceCase.getRequest().unit(),
        a.getServiceCode(),
        a.getServiceNameZh(),
        a.getServiceNameEn(),
        a.getPeriodStart(),
        a.getPeriodEnd(),
        a.getSchedule(),
        a.getDedicatedStaff(),
        a.getAgreedPrice(),
        a.getPriceBasis(),
        a.status(),
        a.getVisitsAgreed(),
        visits.size(),
        details
            ? visits.stream()
                .map(v -> new VisitView(v.getVisitedAt(), v.getRecordedBy(), v.getNote()))
                .toList()
            : List.of(),
        details
            ? agreements.callbacksOf(a.getId()).stream()
                .map(
                    c ->
                        new CallbackView(
                            c.getCalledAt(), c.getCalledBy(), c.isSatisfied(), c.getNote()))
                .toList()
            : List.of(),
        a.getApprovedBy(),
        a.getSignedOn(),
        a.getStopNotice(),
        a.getStopNoticeAt(),
        a.getStopOn());
  }
}
