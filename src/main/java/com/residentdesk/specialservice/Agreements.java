package com.residentdesk.specialservice;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Long-term special-service agreements (SVC-08, SVC-11, SVC-15), and what the {@code
 * special-service-agreement} model asks of them ({@code ${agreements.endDue(caseId)}}, {@code
 * ${agreements.quarterlyCallbacks(caseId)}}, {@code ${agreements.stopDue(caseId)}}, {@code
 * ${agreements.dedicatedStaff(caseId)}}, {@code ${agreements.deliveringGroup(caseId)}}).
 */
@Service("agreements")
public class Agreements {

  /** SVC-11: an agreement customer gets an on-site callback every quarter. */
  static final int MONTHS_PER_CALLBACK = 3;

  /** The time of day a quarterly callback task is opened, in the property's zone. */
  static final LocalTime CALLBACK_TIME = LocalTime.of(9, 0);

  private final AgreementRepository agreements;
  private final AgreementVisitRepository visits;
  private final AgreementCallbackRepository callbacks;
  private final ServiceCatalogue catalogue;
  private final CaseFiles caseFiles;
  private final PropertyDirectory properties;
  private final DeskClock clock;

  Agreements(
      AgreementRepository agreements,
      AgreementVisitRepository visits,
      AgreementCallbackRepository callbacks,
      ServiceCatalogue catalogue,
      CaseFiles caseFiles,
      PropertyDirectory properties,
      DeskClock clock) {
    this.agreements = agreements;
    this.visits = visits;
    this.callbacks = callbacks;
    this.catalogue = catalogue;
    this.caseFiles = caseFiles;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * SVC-08: the terms confirmed with the resident (capability and price): a long-term service of
   * the catalogue in force at the case's property, a period that has not ended, at least one visit.
   *
   * @throws InvalidFieldException naming the field
   */
  @Transactional
  public Agreement propose(ServiceCase serviceCase, Agreement.Terms terms, String by) {
    if (agreements.findByCaseId(serviceCase.getId()).isPresent()) {
      throw new InvalidFieldException(
          "agreementServiceCode", "problem.special-service.agreement-exists");
    }
    String code = terms.serviceCode().trim();
    CatalogueEntry service =
        catalogue
            .bookable(serviceCase.getPropertyCode(), code)
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "agreementServiceCode", "problem.special-service.unknown", code));
    if (!"long-term".equals(service.getKind())) {
      throw new InvalidFieldException(
          "agreementServiceCode", "problem.special-service.not-long-term", code);
    }
    LocalDate today = today(serviceCase.getPropertyCode());
    if (!terms.periodEnd().isAfter(terms.periodStart())) {
      throw new InvalidFieldException("periodEnd", "problem.special-service.period-order");
    }
    if (terms.periodStart().isBefore(today)) {
      throw new InvalidFieldException("periodStart", "problem.special-service.period-past");
    }
    Agreement agreement =
        agreements.save(
            new Agreement(
                serviceCase.getId(),
                serviceCase.getPropertyCode(),
                service,
                terms,
                by,
                clock.now()));
    caseFiles.record(
        serviceCase.getId(),
        SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
        "Agreement terms confirmed",
        "%s %s, %s to %s, %d visits (%s), staff %s, price %s"
            .formatted(
                service.getCode(),
                service.getNameZh(),
                terms.periodStart(),
                terms.periodEnd(),
                terms.visitsAgreed(),
                terms.schedule(),
                terms.dedicatedStaff(),
                terms.agreedPrice().toPlainString()),
        "SVC-08");
    return agreement;
  }

  public Agreement of(Long caseId) {
    return agreements
        .findByCaseId(caseId)
        .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no agreement"));
  }

  /** SVC-15: who ticks off the visits of the case's agreement in Tasklist (its dedicated staff). */
  public String dedicatedStaff(Long caseId) {
    return of(caseId).getDedicatedStaff();
  }

  /**
   * SVC-15: the group that delivers the agreement's service at its property and may take over its
   * visits from the dedicated staff; the front desk when the service has left the catalogue.
   */
  public String deliveringGroup(Long caseId) {
    Agreement a = of(caseId);
    return catalogue
        .bookable(a.getPropertyCode(), a.getServiceCode())
        .map(CatalogueEntry::getDeliveringGroup)
        .orElse(StaffGroups.FRONT_DESK);
  }

  public Optional<Agreement> byId(Long id) {
    return agreements.findById(id);
  }

  public List<Agreement> at(List<String> propertyCodes) {
    return agreements.findByPropertyCodeInOrderByIdDesc(propertyCodes);
  }

  /** Today as the property's time zone reads the date. */
  LocalDate today(String propertyCode) {
    return clock.now().atZone(properties.zoneOf(propertyCode)).toLocalDate();
  }

  /** SVC-08: the agreement is due to end at the end of its last day, in the property's zone. */
  public Date endDue(Long caseId) {
    Agreement a = of(caseId);
    return Date.from(startOf(a.getPeriodEnd().plusDays(1), a.getPropertyCode()));
  }

  /** SVC-08: an early stop falls due on the day the written notice named. */
  public Date stopDue(Long caseId) {
    Agreement a = of(caseId);
    return Date.from(startOf(a.getStopOn(), a.getPropertyCode()));
  }

  /**
   * SVC-11: the quarterly callback cycle of the agreement: every three months from its start, at
   * 09:00 in the property's time zone, as many times as whole quarters fit in its period (at least
   * once), e.g. {@code R3/2027-03-01T09:00+08:00/P3M} for a year: Camunda counts the repetitions
   * after the first.
   */
  public String quarterlyCallbacks(Long caseId) {
    Agreement a = of(caseId);
    long months = ChronoUnit.MONTHS.between(a.getPeriodStart(), a.getPeriodEnd().plusDays(1));
    long quarters = Math.max(1, months / MONTHS_PER_CALLBACK);
    ZoneId zone = properties.zoneOf(a.getPropertyCode());
    String first =
        a.getPeriodStart()
            .plusMonths(MONTHS_PER_CALLBACK)
            .atTime(CALLBACK_TIME)
            .atZone(zone)
            .toOffsetDateTime()
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return "R%d/%s/P%dM".formatted(quarters - 1, first, MONTHS_PER_CALLBACK);
  }

  /**
   * SVC-11: the day of the next quarterly on-site callback of a running agreement (the cycle of
   * {@link #quarterlyCallbacks}), today or later in the property's zone; empty when the agreement
   * does not run or no callback is left.
   */
  public Optional<LocalDate> nextCallback(Agreement a) {
    if (!List.of("signed", "noticed").contains(a.status())) {
      return Optional.empty();
    }
    long months = ChronoUnit.MONTHS.between(a.getPeriodStart(), a.getPeriodEnd().plusDays(1));
    long quarters = Math.max(1, months / MONTHS_PER_CALLBACK);
    LocalDate today = today(a.getPropertyCode());
    LocalDate last = a.getStopOn() != null ? a.getStopOn().minusDays(1) : a.getPeriodEnd();
    for (long n = 1; n <= quarters; n++) {
      LocalDate day = a.getPeriodStart().plusMonths(n * MONTHS_PER_CALLBACK);
      if (day.isAfter(last)) {
        break;
      }
      if (!day.isBefore(today)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  private Instant startOf(LocalDate day, String propertyCode) {
    return day.atStartOfDay(properties.zoneOf(propertyCode)).toInstant();
  }

  /** SVC-15: a visit ticked off on the household's confirmation sheet. */
  @Transactional
  public AgreementVisit tickVisit(Agreement agreement, Instant visitedAt, String by, String note) {
    if (!List.of("signed", "noticed").contains(agreement.status())) {
      throw new InvalidFieldException("visitedAt", "problem.special-service.agreement-not-running");
    }
    if (visitedAt.isAfter(clock.now().plusSeconds(300))) {
      throw new InvalidFieldException("visitedAt", "problem.special-service.visit-future");
    }
    if (visitedAt.isBefore(startOf(agreement.getPeriodStart(), agreement.getPropertyCode()))) {
      throw new InvalidFieldException("visitedAt", "problem.special-service.visit-before-period");
    }
    AgreementVisit visit =
        visits.save(new AgreementVisit(agreement.getId(), visitedAt, by, clock.now(), note));
    caseFiles.record(
        agreement.getCaseId(),
        "AgreementVisit",
        "Agreement visit ticked off",
        "Visit %d of %d".formatted(visitsOf(agreement.getId()).size(), agreement.getVisitsAgreed()),
        "SVC-15");
    return visit;
  }

  /** Visits delivered per agreement (absent: none), for lists of agreements. */
  public java.util.Map<Long, Long> visitCounts(java.util.Collection<Long> agreementIds) {
    return agreementIds.isEmpty()
        ? java.util.Map.of()
        : visits.countByAgreementIds(agreementIds).stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
  }

  public List<AgreementVisit> visitsOf(Long agreementId) {
    return visits.findByAgreementIdOrderByVisitedAt(agreementId);
  }

  void recordCallback(Agreement agreement, boolean satisfied, String note, String by) {
    callbacks.save(new AgreementCallback(agreement.getId(), clock.now(), by, satisfied, note));
  }

  public List<AgreementCallback> callbacksOf(Long agreementId) {
    return callbacks.findByAgreementIdOrderByCalledAt(agreementId);
  }
}
