package com.residentdesk.audit;

import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.casefile.CaseEventRepository;
import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.DeadlineClockRepository;
import com.residentdesk.system.NotFoundException;
import jakarta.persistence.criteria.Subquery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the auditor screens read: case search, diagrams with the path taken, breaches, operations,
 * each within the properties the reader may see ({@code scope}): the company's auditors and quality
 * read every property, a centre manager theirs. Days and months are those of each case's property.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

  /** {@code properties}: the reader's properties asked for (one, or all of theirs). */
  public record Filter(
      List<String> properties,
      String number,
      String unit,
      String category,
      CaseStatus status,
      LocalDate from,
      LocalDate to,
      Boolean missedDeadline) {}

  public record CaseRow(
      String caseNumber,
      String property,
      String category,
      String subcategory,
      String unit,
      String status,
      Instant receivedAt,
      Instant archivedAt,
      long missedDeadlines) {}

  public record Diagram(
      String processDefinitionKey,
      String bpmnXml,
      List<String> completedActivityIds,
      List<String> activeActivityIds,
      List<String> takenSequenceFlowIds) {}

  /** Missed deadlines of a rule, group and month, added up across properties and per property. */
  public record BreachGroup(
      String rule,
      String group,
      String month,
      long count,
      List<String> caseNumbers,
      Map<String, Long> byProperty) {}

  public record Operation(
      Instant at, String user, String operation, String entity, String caseNumber, String detail) {}

  private final ServiceCaseRepository cases;
  private final DeadlineClockRepository clocks;
  private final CaseEventRepository events;
  private final HistoryService history;
  private final RepositoryService repository;
  private final PropertyDirectory properties;

  public AuditQueries(
      ServiceCaseRepository cases,
      DeadlineClockRepository clocks,
      CaseEventRepository events,
      HistoryService history,
      RepositoryService repository,
      PropertyDirectory properties) {
    this.cases = cases;
    this.clocks = clocks;
    this.events = events;
    this.history = history;
    this.repository = repository;
    this.properties = properties;
  }

  /** The case, when it belongs to one of the reader's properties; otherwise 404. */
  public ServiceCase caseNumbered(String number, List<String> scope) {
    return cases
        .findByCaseNumber(number)
        .filter(c -> scope.contains(c.getPropertyCode()))
        .orElseThrow(() -> new NotFoundException("problem.case.none", number));
  }

  public Page<CaseRow> search(Filter filter, int page, int size) {
    Specification<ServiceCase> spec = PropertyDirectory.inProperties(filter.properties());
    if (filter.number() != null) {
      spec = spec.and((root, q, cb) -> cb.equal(root.get("caseNumber"), filter.number()));
    }
    if (filter.unit() != null) {
      spec = spec.and((root, q, cb) -> cb.equal(root.get("request").get("unit"), filter.unit()));
    }
    if (filter.category() != null) {
      spec =
          spec.and(
              (root, q, cb) -> cb.equal(root.get("request").get("category"), filter.category()));
    }
    if (filter.status() != null) {
      spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), filter.status()));
    }
    if (filter.from() != null || filter.to() != null) {
      spec = spec.and(properties.receivedBetween(filter.properties(), filter.from(), filter.to()));
    }
    if (filter.missedDeadline() != null) {
      boolean missed = filter.missedDeadline();
      spec =
          spec.and(
              (root, q, cb) -> {
                Subquery<Long> breached = q.subquery(Long.class);
                var clock = breached.from(DeadlineClock.class);
                breached
                    .select(clock.get("caseId"))
                    .where(
                        cb.equal(clock.get("caseId"), root.get("id")),
                        cb.isNotNull(clock.get("breachedAt")));
                return missed ? cb.exists(breached) : cb.not(cb.exists(breached));
              });
    }
    Page<ServiceCase> found =
        cases.findAll(
            spec,
            PageRequest.of(
                page, size, Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"))));
    // one query for the whole page (an export page holds thousands of cases), not one per case
    Map<Long, Long> missed =
        clocks.findByCaseIdInAndBreachedAtIsNotNull(found.map(ServiceCase::getId).toList()).stream()
            .collect(Collectors.groupingBy(DeadlineClock::getCaseId, Collectors.counting()));
    return found.map(
        c ->
            new CaseRow(
                c.getCaseNumber(),
                c.getPropertyCode(),
                c.getRequest().category(),
                c.getRequest().subcategory(),
                c.getRequest().unit(),
                c.getStatus().name(),
                c.getReceivedAt(),
                c.getArchivedAt(),
                missed.getOrDefault(c.getId(), 0L)));
  }

  /**
   * The model of a process instance with the path it took. The engine records activities, not
   * sequence flows: a flow counts as taken when both its ends were passed.
   */
  public Diagram diagram(String processInstanceId, List<String> scope) {
    HistoricProcessInstance process =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    if (process == null || !scope.contains(process.getTenantId())) {
      throw new NotFoundException("problem.process.none", processInstanceId);
    }
    String xml;
    try (var in = repository.getProcessModel(process.getProcessDefinitionId())) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the model of " + processInstanceId, e);
    }
    List<HistoricActivityInstance> activities =
        history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list();
    Set<String> passed =
        activities.stream()
            .map(HistoricActivityInstance::getActivityId)
            .collect(Collectors.toSet());
    List<String> completed =
        activities.stream()
            .filter(a -> a.getEndTime() != null)
            .map(HistoricActivityInstance::getActivityId)
            .distinct()
            .toList();
    List<String> active =
        activities.stream()
            .filter(a -> a.getEndTime() == null)
            .map(HistoricActivityInstance::getActivityId)
            .distinct()
            .toList();
    BpmnModelInstance model =
        Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    List<String> taken =
        model.getModelElementsByType(SequenceFlow.class).stream()
            .filter(
                f ->
                    passed.contains(f.getSource().getId())
                        && passed.contains(f.getTarget().getId()))
            .map(SequenceFlow::getId)
            .toList();
    return new Diagram(process.getProcessDefinitionKey(), xml, completed, active, taken);
  }

  /**
   * Every missed deadline of the properties, grouped by rule, escalation group and month (in the
   * case's property's time zone), with each property's count.
   */
  public List<BreachGroup> breaches(
      List<String> scope, YearMonth month, String rule, String group) {
    List<DeadlineClock> breached = clocks.findByBreachedAtIsNotNull();
    Map<Long, ServiceCase> caseOf =
        cases
            .findAllById(
                breached.stream().map(DeadlineClock::getCaseId).collect(Collectors.toSet()))
            .stream()
            .filter(c -> scope.contains(c.getPropertyCode()))
            .collect(Collectors.toMap(ServiceCase::getId, c -> c));
    Map<String, List<DeadlineClock>> grouped = new TreeMap<>();
    for (DeadlineClock clock : breached) {
      ServiceCase serviceCase = caseOf.get(clock.getCaseId());
      if (serviceCase == null) {
        continue;
      }
      YearMonth missedIn =
          YearMonth.from(clock.getBreachedAt().atZone(properties.zoneOf(serviceCase)));
      if ((month != null && !month.equals(missedIn))
          || (rule != null && !rule.equals(clock.getRuleId()))
          || (group != null && !group.equals(clock.getEscalatedTo()))) {
        continue;
      }
      grouped
          .computeIfAbsent(
              clock.getRuleId() + "|" + clock.getEscalatedTo() + "|" + missedIn,
              k -> new ArrayList<>())
          .add(clock);
    }
    return grouped.entrySet().stream()
        .map(
            e -> {
              String[] key = e.getKey().split("\\|");
              List<String> caseNumbers =
                  e.getValue().stream()
                      .map(c -> caseOf.get(c.getCaseId()).getCaseNumber())
                      .distinct()
                      .sorted()
                      .toList();
              Map<String, Long> byProperty =
                  e.getValue().stream()
                      .collect(
                          Collectors.groupingBy(
                              c -> caseOf.get(c.getCaseId()).getPropertyCode(),
                              TreeMap::new,
                              Collectors.counting()));
              return new BreachGroup(
                  key[0], key[1], key[2], e.getValue().size(), caseNumbers, byProperty);
            })
        .toList();
  }

  /**
   * Who did what: the engine's user operation log and the application's own handling-sheet actions.
   */
  public List<Operation> operations(
      List<String> scope, String user, String caseNumber, LocalDate from, LocalDate to) {
    ZoneId zone = properties.companyZone();
    Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    // what happened outside any property (accounts, deployments) only for who sees them all
    boolean companyWide = scope.containsAll(properties.codes());
    List<Operation> operations = new ArrayList<>();
    Set<String> processIds = new HashSet<>();
    Long caseId = null;
    if (caseNumber != null) {
      ServiceCase serviceCase = caseNumbered(caseNumber, scope);
      caseId = serviceCase.getId();
      history
          .createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseNumber)
          .list()
          .forEach(p -> processIds.add(p.getId()));
    }
    UserOperationLogQuery query = history.createUserOperationLogQuery();
    if (user != null) {
      query.userId(user);
    }
    if (start != null) {
      query.afterTimestamp(Date.from(start));
    }
    if (end != null) {
      query.beforeTimestamp(Date.from(end));
    }
    Map<String, String> keyOfProcess = new HashMap<>();
    for (UserOperationLogEntry op : query.list()) {
      if (caseNumber != null && !processIds.contains(op.getProcessInstanceId())) {
        continue;
      }
      if (op.getTenantId() == null ? !companyWide : !scope.contains(op.getTenantId())) {
        continue;
      }
      String number =
          op.getProcessInstanceId() == null
              ? null
              : keyOfProcess.computeIfAbsent(
                  op.getProcessInstanceId(),
                  pid -> {
                    HistoricProcessInstance p =
                        history
                            .createHistoricProcessInstanceQuery()
                            .processInstanceId(pid)
                            .singleResult();
                    return p == null ? null : p.getBusinessKey();
                  });
      operations.add(
          new Operation(
              op.getTimestamp().toInstant(),
              op.getUserId(),
              op.getOperationType(),
              op.getEntityType(),
              number,
              op.getProperty() == null
                  ? null
                  : op.getProperty() + ": " + op.getOrgValue() + " -> " + op.getNewValue()));
    }
    List<CaseEvent> ours =
        caseId != null
            ? events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId)
            : events.findByOccurredAtBetweenOrderByOccurredAtAsc(
                start == null ? Instant.EPOCH : start,
                end == null ? Instant.parse("9999-12-31T00:00:00Z") : end);
    Map<Long, ServiceCase> caseOf = new HashMap<>();
    for (CaseEvent e : ours) {
      if ((user != null && !user.equals(e.getActor()))
          || (start != null && e.getOccurredAt().isBefore(start))
          || (end != null && !e.getOccurredAt().isBefore(end))) {
        continue;
      }
      ServiceCase ofEvent =
          caseOf.computeIfAbsent(e.getCaseId(), id -> cases.findById(id).orElse(null));
      if (ofEvent == null || !scope.contains(ofEvent.getPropertyCode())) {
        continue;
      }
      String number = ofEvent.getCaseNumber();
      operations.add(
          new Operation(
              e.getOccurredAt(), e.getActor(), e.getTitle(), "Case", number, e.getRuleId()));
    }
    operations.sort(Comparator.comparing(Operation::at));
    return operations;
  }
}
