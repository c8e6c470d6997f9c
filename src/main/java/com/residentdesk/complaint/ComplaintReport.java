package com.residentdesk.complaint;

import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CMP-08: the month's complaints (received in the month, in each property's time zone) — counts by
 * severity, acceptance within 24 hours, resolution rate, average time to resolve, appeals — for the
 * properties asked for, added up across them, with each property's own figures beside the total
 * (the company's roll-up, SVC-12/QA-01).
 */
@Service
public class ComplaintReport {

  /**
   * {@code properties}: the properties counted; {@code byProperty}: each one's own figures (only in
   * the total, when there are several).
   */
  public record Figures(
      String month,
      List<String> properties,
      long complaints,
      Map<String, Long> bySeverity,
      long reclassifiedByAge,
      long accepted,
      long acceptedWithin24Hours,
      Double acceptanceTimelinessRate,
      long valid,
      long resolved,
      Double resolutionRate,
      Double averageHoursToResolve,
      long appeals,
      long appealsUpheld,
      Map<String, Figures> byProperty) {}

  private static final List<String> SEVERITIES =
      List.of("major", "important", "general", "invalid", "pending");

  private final ServiceCaseRepository cases;
  private final ComplaintRepository complaints;
  private final PropertyDirectory properties;
  private final Duration acceptanceLimit;

  public ComplaintReport(
      ServiceCaseRepository cases,
      ComplaintRepository complaints,
      PropertyDirectory properties,
      DeskProperties desk) {
    this.cases = cases;
    this.complaints = complaints;
    this.properties = properties;
    this.acceptanceLimit = Duration.parse(desk.deadlines().complaintAcceptance());
  }

  /** The month's figures of every property, added up. */
  @Transactional(readOnly = true)
  public Figures of(YearMonth month) {
    return of(month, properties.codes());
  }

  /** The month's figures of the given properties, added up, with each one's beside them. */
  @Transactional(readOnly = true)
  public Figures of(YearMonth month, List<String> propertyCodes) {
    Map<String, Figures> byProperty = new LinkedHashMap<>();
    Map<Long, ServiceCase> received = new LinkedHashMap<>();
    for (String code : propertyCodes) {
      Map<Long, ServiceCase> ofProperty = receivedIn(month, code);
      byProperty.put(code, figures(month, List.of(code), ofProperty, null));
      received.putAll(ofProperty);
    }
    return figures(month, propertyCodes, received, byProperty.size() > 1 ? byProperty : null);
  }

  /** The property's complaints received in the month, in its time zone. */
  private Map<Long, ServiceCase> receivedIn(YearMonth month, String code) {
    ZoneId zone = properties.zoneOf(code);
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    Specification<ServiceCase> inMonth =
        (root, q, cb) ->
            cb.and(
                cb.equal(root.get("propertyCode"), code),
                cb.equal(root.get("request").get("category"), Category.COMPLAINT.code()),
                cb.greaterThanOrEqualTo(root.get("receivedAt"), from),
                cb.lessThan(root.get("receivedAt"), to));
    return cases.findAll(inMonth).stream()
        .collect(Collectors.toMap(ServiceCase::getId, Function.identity()));
  }

  private Figures figures(
      YearMonth month,
      List<String> codes,
      Map<Long, ServiceCase> received,
      Map<String, Figures> byProperty) {
    List<Complaint> ofMonth = complaints.findByCaseIdIn(List.copyOf(received.keySet()));

    Map<String, Long> bySeverity = new LinkedHashMap<>();
    SEVERITIES.forEach(s -> bySeverity.put(s, 0L));
    ofMonth.forEach(
        c ->
            bySeverity.merge(c.getSeverity() == null ? "pending" : c.getSeverity(), 1L, Long::sum));

    List<Complaint> accepted = ofMonth.stream().filter(c -> c.getAcceptedAt() != null).toList();
    long inTime =
        accepted.stream()
            .filter(
                c ->
                    !c.getAcceptedAt()
                        .isAfter(received.get(c.getCaseId()).getReceivedAt().plus(acceptanceLimit)))
            .count();
    List<Complaint> valid =
        ofMonth.stream().filter(c -> Boolean.TRUE.equals(c.getValid())).toList();
    List<Complaint> resolved = valid.stream().filter(c -> c.getResolvedAt() != null).toList();
    Double averageHours =
        resolved.isEmpty()
            ? null
            : round(
                resolved.stream()
                        .mapToLong(
                            c ->
                                Duration.between(
                                        received.get(c.getCaseId()).getReceivedAt(),
                                        c.getResolvedAt())
                                    .toMinutes())
                        .average()
                        .orElse(0)
                    / 60.0);
    return new Figures(
        month.toString(),
        codes,
        ofMonth.size(),
        bySeverity,
        ofMonth.stream().filter(c -> c.getReclassifiedAt() != null).count(),
        accepted.size(),
        inTime,
        rate(inTime, accepted.size()),
        valid.size(),
        resolved.size(),
        rate(resolved.size(), valid.size()),
        averageHours,
        ofMonth.stream().filter(c -> c.getAppealLodgedAt() != null).count(),
        ofMonth.stream().filter(c -> Boolean.TRUE.equals(c.getAppealUpheld())).count(),
        byProperty);
  }

  private static Double rate(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
