package com.residentdesk.specialservice;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.property.PropertyDirectory;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the special-services page (/services/) shows in one read: the catalogue in force, the
 * bookings with their status, appointment, price, acceptance and punctuality (SVC-01, SVC-04,
 * SVC-07), and the long-term agreements (SVC-08, SVC-11), at one of the reader's properties or all
 * of them. Read-only: the catalogue is changed through {@code PUT
 * /api/special-services/catalogue/..}.
 */
@RestController
public class SpecialServiceBoardController {

  /** The page lists the latest bookings; older ones are in the audit page. */
  static final int BOOKINGS_SHOWN = 200;

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ServiceCatalogue catalogue;
  private final BookingRepository bookings;
  private final Agreements agreements;
  private final CaseFiles caseFiles;
  private final PropertyAccess access;
  private final PropertyDirectory directory;

  SpecialServiceBoardController(
      ServiceCatalogue catalogue,
      BookingRepository bookings,
      Agreements agreements,
      CaseFiles caseFiles,
      PropertyAccess access,
      PropertyDirectory directory) {
    this.catalogue = catalogue;
    this.bookings = bookings;
    this.agreements = agreements;
    this.caseFiles = caseFiles;
    this.access = access;
    this.directory = directory;
  }

  public record PropertyChoice(String code, String name) {}

  public record BookingRow(
      String caseNumber,
      String property,
      String unit,
      String serviceCode,
      String serviceNameZh,
      String serviceNameEn,
      String status,
      String appointment,
      BigDecimal quantity,
      String unitOfService,
      BigDecimal quotedPrice,
      Boolean accepted,
      String acceptedByResident,
      String acceptanceMethod,
      String arrival,
      Integer arrivalOffsetMinutes,
      Boolean punctualityMissed,
      BigDecimal charge,
      String payment) {}

  public record AgreementRow(
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
      String status,
      int visitsAgreed,
      int visitsDelivered,
      LocalDate nextCallback,
      String pdf) {}

  /**
   * {@code property}: the property shown, or null for all of the reader's; {@code catalogueScope}:
   * the property whose catalogue in force is listed, or "*" for the company defaults (all
   * properties chosen, or a reader of none, like a process owner).
   */
  public record Board(
      List<PropertyChoice> properties,
      String property,
      String catalogueScope,
      boolean mayEditCatalogue,
      List<CatalogueController.EntryView> catalogue,
      List<BookingRow> bookings,
      List<AgreementRow> agreements) {}

  @Operation(
      summary =
          "The special-services page: catalogue, bookings and agreements at one or all of the"
              + " reader's properties (SVC-01, SVC-04, SVC-07, SVC-08, SVC-11)")
  @GetMapping("/api/special-services/board")
  public Board board(@RequestParam(required = false) String property, Authentication reader) {
    List<String> shown = access.filter(property, reader);
    String one = property == null || property.isBlank() ? null : shown.get(0);
    String scope = one != null ? one : CatalogueEntry.COMPANY;
    List<PropertyChoice> choices =
        access.visibleTo(reader).stream()
            .map(code -> new PropertyChoice(code, directory.get(code).name()))
            .toList();
    List<Booking> shownBookings =
        shown.isEmpty()
            ? List.of()
            : bookings.atProperties(shown, PageRequest.of(0, BOOKINGS_SHOWN));
    List<Agreement> shownAgreements = shown.isEmpty() ? List.of() : agreements.at(shown);
    // the cases and visit counts of every row in one query each, not one per row
    Map<Long, ServiceCase> cases =
        caseFiles.byId(
            Stream.concat(
                    shownBookings.stream().map(Booking::getCaseId),
                    shownAgreements.stream().map(Agreement::getCaseId))
                .collect(Collectors.toSet()));
    Map<Long, Long> visits =
        agreements.visitCounts(shownAgreements.stream().map(Agreement::getId).toList());
    List<BookingRow> bookingRows =
        shownBookings.stream().map(b -> row(b, cases.get(b.getCaseId()))).toList();
    List<AgreementRow> agreementRows =
        shownAgreements.stream()
            .map(a -> row(a, cases.get(a.getCaseId()), visits.getOrDefault(a.getId(), 0L)))
            .toList();
    return new Board(
        choices,
        one,
        scope,
        mayEdit(reader),
        catalogue.inForce(scope).stream().map(CatalogueController.EntryView::of).toList(),
        bookingRows,
        agreementRows);
  }

  private static boolean mayEdit(Authentication reader) {
    return reader.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(StaffGroups.EDIT_SERVICE_CATALOGUE::contains);
  }

  private BookingRow row(Booking b, ServiceCase serviceCase) {
    ZoneId zone = directory.zoneOf(serviceCase.getPropertyCode());
    return new BookingRow(
        serviceCase.getCaseNumber(),
        serviceCase.getPropertyCode(),
        serviceCase.getRequest().unit(),
        b.getServiceCode(),
        b.getServiceNameZh(),
        b.getServiceNameEn(),
        status(b),
        local(b.getAppointmentAt(), zone),
        b.getQuantity(),
        b.getUnit(),
        b.getQuotedPrice(),
        b.getAccepted(),
        b.getAcceptedByResident(),
        b.getAcceptanceMethod(),
        local(b.getArrivedAt(), zone),
        b.getArrivalOffsetMinutes(),
        b.getPunctualityMissed(),
        b.getCharge(),
        b.getPayment());
  }

  private AgreementRow row(Agreement a, ServiceCase serviceCase, long visitsDelivered) {
    return new AgreementRow(
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
        a.status(),
        a.getVisitsAgreed(),
        (int) visitsDelivered,
        agreements.nextCallback(a).orElse(null),
        "/api/special-services/agreements/" + a.getId() + ".pdf");
  }

  /**
   * Where a booking stands: refused (outside the catalogue or by the risk assessment), declined by
   * the resident, awaiting approval, risk assessment or acceptance, accepted (waiting for the
   * visit), on site, nonconformity (handled, the resident not satisfied), done.
   */
  static String status(Booking b) {
    if (Boolean.FALSE.equals(b.getHeadApproved()) || Boolean.FALSE.equals(b.getRiskApproved())) {
      return "refused";
    }
    if (Boolean.FALSE.equals(b.getAccepted())) {
      return "declined";
    }
    if (b.getHandledAt() != null) {
      return b.getClosedAt() == null && Boolean.FALSE.equals(b.getSatisfied())
          ? "nonconformity"
          : "done";
    }
    if (b.getClosedAt() != null) {
      return "closed";
    }
    if (b.getArrivedAt() != null) {
      return "on-site";
    }
    if (b.isOutsideCatalogue() && b.getHeadApproved() == null) {
      return "awaiting-approval";
    }
    if (b.isRisky() && b.getRiskApproved() == null) {
      return "awaiting-risk";
    }
    return Boolean.TRUE.equals(b.getAccepted()) ? "accepted" : "awaiting-acceptance";
  }

  private static String local(Instant at, ZoneId zone) {
    return at == null ? null : LOCAL.format(at.atZone(zone));
  }
}
