package com.residentdesk.intake;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.sla.Deadlines;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases. Everyone reads only the cases of the properties they work for (the company's
 * roles: of every property); within those, office roles and auditors read every case, a handling
 * team (engineering, security) only the cases routed to it (INT-06). A case one may not see does
 * not exist.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

  private final ServiceCaseRepository cases;
  private final CaseFiles caseFiles;
  private final Deadlines deadlines;
  private final PropertyDirectory properties;
  private final PropertyAccess access;

  public CaseQueries(
      ServiceCaseRepository cases,
      CaseFiles caseFiles,
      Deadlines deadlines,
      PropertyDirectory properties,
      PropertyAccess access) {
    this.cases = cases;
    this.caseFiles = caseFiles;
    this.deadlines = deadlines;
    this.properties = properties;
    this.access = access;
  }

  /**
   * {@code property}: one of the reader's properties, or null for all of them; dates are days of
   * each case's property.
   */
  public record Filter(
      String property, CaseStatus status, String category, LocalDate from, LocalDate to) {}

  public CaseView view(String caseNumber, Authentication reader) {
    ServiceCase serviceCase = visibleCase(caseNumber, reader);
    return CaseView.of(serviceCase, deadlines);
  }

  public List<SheetEntry> sheet(String caseNumber, Authentication reader) {
    ServiceCase serviceCase = visibleCase(caseNumber, reader);
    return caseFiles.sheet(serviceCase.getId()).stream().map(SheetEntry::of).toList();
  }

  public Page<CaseSummary> search(Filter filter, int page, int size, Authentication reader) {
    List<String> scope = access.filter(filter.property(), reader);
    Specification<ServiceCase> spec = visibleTo(reader).and(PropertyDirectory.inProperties(scope));
    if (filter.status() != null) {
      spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), filter.status()));
    }
    if (filter.category() != null) {
      spec =
          spec.and(
              (root, q, cb) -> cb.equal(root.get("request").get("category"), filter.category()));
    }
    if (filter.from() != null || filter.to() != null) {
      spec = spec.and(properties.receivedBetween(scope, filter.from(), filter.to()));
    }
    var pageRequest =
        PageRequest.of(page, size, Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
    return cases.findAll(spec, pageRequest).map(CaseSummary::of);
  }

  /** The case, when the reader may see it; otherwise it does not exist for them (404). */
  public ServiceCase visibleCase(String caseNumber, Authentication reader) {
    return cases
        .findByCaseNumber(caseNumber)
        .filter(c -> access.visibleTo(reader).contains(c.getPropertyCode()))
        .filter(c -> readsAll(reader) || teamsOf(reader).contains(c.getTriage().handlingGroup()))
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
  }

  private static Specification<ServiceCase> visibleTo(Authentication reader) {
    if (readsAll(reader)) {
      return (root, q, cb) -> cb.conjunction();
    }
    Collection<String> teams = teamsOf(reader);
    return (root, q, cb) ->
        teams.isEmpty() ? cb.disjunction() : root.get("triage").get("handlingGroup").in(teams);
  }

  private static boolean readsAll(Authentication reader) {
    return groupsOf(reader).stream().anyMatch(StaffGroups.READ_ALL_CASES::contains);
  }

  private static Set<String> teamsOf(Authentication reader) {
    return groupsOf(reader);
  }

  public static Set<String> groupsOf(Authentication reader) {
    return reader.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
  }
}
