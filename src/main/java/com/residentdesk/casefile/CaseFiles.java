package com.residentdesk.casefile;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.TransactionScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The case file: loads cases by id inside the engine's transaction and writes the handling sheet.
 * Exposed to BPMN expressions as {@code caseFiles} (e.g. the triage inputs).
 */
@Service("caseFiles")
public class CaseFiles {

  private final ServiceCaseRepository cases;
  private final CaseEventRepository events;
  private final CurrentActor actor;
  private final DeskClock clock;

  public CaseFiles(
      ServiceCaseRepository cases,
      CaseEventRepository events,
      CurrentActor actor,
      DeskClock clock) {
    this.cases = cases;
    this.events = events;
    this.actor = actor;
    this.clock = clock;
  }

  /** The key under which a transaction keeps the ids of the cases it registered. */
  private static final Object REGISTERED_NOW = new Object();

  /**
   * The case was stored by the running transaction: nothing of it (clocks, messages, a complaint's
   * acceptance) can be in the database yet except what this transaction writes, so look-ups that
   * would only find those may be skipped (issue 15: one intake, fewer statements).
   */
  public void registeredNow(Long caseId) {
    TransactionScoped.<Set<Long>>get(REGISTERED_NOW, HashSet::new)
        .ifPresent(ids -> ids.add(caseId));
  }

  /** Whether the running transaction registered the case ({@link #registeredNow}). */
  public boolean registeredInThisTransaction(Long caseId) {
    return caseId != null
        && TransactionScoped.<Set<Long>>find(REGISTERED_NOW)
            .map(ids -> ids.contains(caseId))
            .orElse(false);
  }

  /** The property of the case with this number, if there is one. */
  public java.util.Optional<String> propertyOf(String caseNumber) {
    return cases.findByCaseNumber(caseNumber).map(ServiceCase::getPropertyCode);
  }

  /** SVC-03, big problem: the fix task's due date, the date the resident was given. */
  public java.util.Date plannedFix(Long caseId) {
    Instant at = get(caseId).getPlannedFixAt();
    return at == null ? null : java.util.Date.from(at);
  }

  public ServiceCase get(Long caseId) {
    return cases
        .findById(caseId)
        .orElseThrow(() -> new IllegalStateException("No case with id " + caseId));
  }

  /** The cases of the given ids in one query, by id (for lists that show many cases). */
  public java.util.Map<Long, ServiceCase> byId(java.util.Collection<Long> caseIds) {
    return cases.findAllById(caseIds).stream()
        .collect(java.util.stream.Collectors.toMap(ServiceCase::getId, c -> c));
  }

  public String category(Long caseId) {
    return get(caseId).getRequest().category();
  }

  /** Blank rather than null, so that the decision table's "-" and literal tests both behave. */
  public String subcategory(Long caseId) {
    String subcategory = get(caseId).getRequest().subcategory();
    return subcategory == null ? "" : subcategory;
  }

  /** Adds a line to the handling sheet as the current actor. */
  public CaseEvent record(Long caseId, String step, String title, String details, String ruleId) {
    return recordAs(actor.id(), caseId, step, title, details, ruleId);
  }

  public CaseEvent recordAs(
      String actorId, Long caseId, String step, String title, String details, String ruleId) {
    CaseEvent recorded =
        events.save(new CaseEvent(caseId, clock.now(), actorId, step, title, details, ruleId));
    if (registeredInThisTransaction(caseId)) {
      TransactionScoped.<Map<Long, List<CaseEvent>>>get(SHEETS_NOW, HashMap::new)
          .ifPresent(
              sheets -> sheets.computeIfAbsent(caseId, id -> new ArrayList<>()).add(recorded));
    }
    return recorded;
  }

  /** The key under which a transaction keeps the sheet lines it wrote for cases it registered. */
  private static final Object SHEETS_NOW = new Object();

  /**
   * The handling sheet in time order. A case registered by the running transaction has only the
   * lines this transaction wrote (all of them through {@link #recordAs}): no query, and no flush of
   * the persistence context before it, for the first task's case block (issue 15).
   */
  public List<CaseEvent> sheet(Long caseId) {
    if (registeredInThisTransaction(caseId)) {
      return TransactionScoped.<Map<Long, List<CaseEvent>>>find(SHEETS_NOW)
          .map(sheets -> sheets.getOrDefault(caseId, List.of()))
          .orElse(List.of())
          .stream()
          .sorted(
              Comparator.comparing(CaseEvent::getOccurredAt)
                  .thenComparing(CaseEvent::getId, Comparator.nullsLast(Comparator.naturalOrder())))
          .toList();
    }
    return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
  }
}
