package com.residentdesk.specialservice;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.system.DeskClock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of special services (SVC-04, SVC-06, SVC-16) in force at a property: the company's
 * defaults, each replaced by the property's own entry of the same code where it has one. Process
 * owners change the company defaults, a property's customer-service head its own entries (process
 * owners may too); every change is recorded with who, when, why, before and after.
 */
@Service
public class ServiceCatalogue {

  public static final Set<String> KINDS = Set.of("hourly", "long-term");
  public static final Set<String> CLASSES = Set.of("ordinary", "special", "other");
  public static final Set<String> UNITS = Set.of("hour", "visit", "m2");

  private final CatalogueRepository entries;
  private final CatalogueChangeRepository changes;
  private final DeskClock clock;

  ServiceCatalogue(
      CatalogueRepository entries, CatalogueChangeRepository changes, DeskClock clock) {
    this.entries = entries;
    this.changes = changes;
    this.clock = clock;
  }

  /** Every entry in force at the property (withdrawn ones included, flagged), by code. */
  @Transactional(readOnly = true)
  public List<CatalogueEntry> inForce(String propertyCode) {
    Map<String, CatalogueEntry> byCode = new LinkedHashMap<>();
    List<CatalogueEntry> all =
        entries.findByScopeInOrderByCode(List.of(CatalogueEntry.COMPANY, propertyCode));
    all.stream()
        .filter(e -> e.getScope().equals(CatalogueEntry.COMPANY))
        .forEach(e -> byCode.put(e.getCode(), e));
    all.stream()
        .filter(e -> e.getScope().equals(propertyCode))
        .forEach(e -> byCode.put(e.getCode(), e));
    return byCode.values().stream()
        .sorted(java.util.Comparator.comparing(CatalogueEntry::getCode))
        .toList();
  }

  /** The service a booking at the property may quote: in force there and not withdrawn. */
  @Transactional(readOnly = true)
  public Optional<CatalogueEntry> bookable(String propertyCode, String code) {
    Optional<CatalogueEntry> own = entries.findByScopeAndCode(propertyCode, code);
    Optional<CatalogueEntry> entry =
        own.isPresent() ? own : entries.findByScopeAndCode(CatalogueEntry.COMPANY, code);
    return entry.filter(CatalogueEntry::isActive);
  }

  /**
   * Creates or changes the entry of a scope ({@link CatalogueEntry#COMPANY} or a property code).
   *
   * @param groups the changer's groups: process owners change every scope, a customer-service head
   *     only the properties they work for
   * @param theirProperties the properties the changer works for
   * @throws AccessDeniedException when the changer may not change that scope
   */
  @Transactional
  public CatalogueEntry change(
      String scope,
      String code,
      CatalogueEntry.Terms terms,
      String reason,
      String by,
      Set<String> groups,
      List<String> theirProperties) {
    boolean owner =
        groups.contains(StaffGroups.PROCESS_OWNER) || groups.contains(StaffGroups.ADMIN);
    boolean headHere = groups.contains(StaffGroups.CS_HEAD) && theirProperties.contains(scope);
    if (!owner && !headHere) {
      throw new AccessDeniedException("catalogue scope " + scope);
    }
    CatalogueEntry entry =
        entries.findByScopeAndCode(scope, code).orElseGet(() -> new CatalogueEntry(scope, code));
    String before = entry.getId() == null ? null : entry.terms().describe();
    entry.change(terms, by, clock.now());
    entries.save(entry);
    changes.save(
        new CatalogueChange(
            scope, code, entry.getChangedAt(), by, reason, before, terms.describe()));
    return entry;
  }

  @Transactional(readOnly = true)
  public List<CatalogueChange> changesOf(String code) {
    return changes.findByCodeOrderByChangedAtAscIdAsc(code);
  }
}
