package com.residentdesk.property;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.system.DeskProperties;
import com.residentdesk.system.NotFoundException;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's properties with their settings in force: a property's own time zone and front-desk
 * hours where it has them, the company's defaults otherwise. Every deadline, route and shift of a
 * case is computed with its property's settings.
 */
@Service
@Transactional(readOnly = true)
public class PropertyDirectory {

  /** A property's settings in force; {@code own...} says whether the property overrides them. */
  public record Settings(
      String code,
      String name,
      String address,
      String phone,
      ZoneId zone,
      DeskProperties.Hours frontDeskHours,
      boolean ownTimeZone,
      boolean ownFrontDeskHours) {}

  private final PropertyRepository properties;
  private final ZoneId companyZone;
  private final DeskProperties.Hours companyHours;

  public PropertyDirectory(PropertyRepository properties, DeskProperties desk) {
    this.properties = properties;
    this.companyZone = desk.timeZone();
    this.companyHours = desk.frontDeskHours();
  }

  public Optional<Settings> find(String code) {
    return code == null ? Optional.empty() : properties.findById(code).map(this::settings);
  }

  /**
   * @throws NotFoundException when there is no such property
   */
  public Settings get(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("problem.property.none", code));
  }

  public List<Settings> all() {
    return properties.findAllByOrderByCodeAsc().stream().map(this::settings).toList();
  }

  public List<String> codes() {
    return properties.findAllByOrderByCodeAsc().stream().map(Property::getCode).toList();
  }

  public ZoneId zoneOf(String code) {
    return get(code).zone();
  }

  public ZoneId zoneOf(ServiceCase serviceCase) {
    return zoneOf(serviceCase.getPropertyCode());
  }

  public DeskProperties.Hours frontDeskHoursOf(String code) {
    return get(code).frontDeskHours();
  }

  /** Cases of the given properties (none: no case). */
  public static Specification<ServiceCase> inProperties(Collection<String> codes) {
    return (root, q, cb) -> codes.isEmpty() ? cb.disjunction() : root.get("propertyCode").in(codes);
  }

  /**
   * Cases of the given properties received within the days from..to (either may be null), each day
   * in its property's time zone.
   */
  public Specification<ServiceCase> receivedBetween(
      Collection<String> codes, LocalDate from, LocalDate to) {
    List<ZoneId> zones = codes.stream().map(this::zoneOf).toList();
    List<String> ordered = List.copyOf(codes);
    return (root, q, cb) -> {
      Path<Instant> received = root.get("receivedAt");
      Predicate[] perProperty = new Predicate[ordered.size()];
      for (int i = 0; i < ordered.size(); i++) {
        ZoneId zone = zones.get(i);
        perProperty[i] =
            cb.and(
                cb.equal(root.get("propertyCode"), ordered.get(i)),
                from == null
                    ? cb.conjunction()
                    : cb.greaterThanOrEqualTo(received, from.atStartOfDay(zone).toInstant()),
                to == null
                    ? cb.conjunction()
                    : cb.lessThan(received, to.plusDays(1).atStartOfDay(zone).toInstant()));
      }
      return cb.or(perProperty);
    };
  }

  /** The company's own zone: for what belongs to no property (retention, the company's month). */
  public ZoneId companyZone() {
    return companyZone;
  }

  private Settings settings(Property p) {
    boolean ownZone = p.getTimeZone() != null;
    boolean ownHours = p.getFrontDeskOpens() != null && p.getFrontDeskCloses() != null;
    return new Settings(
        p.getCode(),
        p.getName(),
        p.getAddress(),
        p.getPhone(),
        ownZone ? ZoneId.of(p.getTimeZone()) : companyZone,
        ownHours
            ? new DeskProperties.Hours(p.getFrontDeskOpens(), p.getFrontDeskCloses())
            : companyHours,
        ownZone,
        ownHours);
  }
}
