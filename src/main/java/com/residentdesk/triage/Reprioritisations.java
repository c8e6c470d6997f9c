package com.residentdesk.triage;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.Triage;
import com.residentdesk.intake.KnownSubcategory;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.sla.DeadlineTimers;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-prioritisation (issue 14, CAT-04): a supervisor changes a case's category/subcategory or its
 * priority with a reason. The triage table runs again on the new classification (a chosen priority
 * then replaces the table's, with the task priority and dispatch time the {@code chosenPriority}
 * table beside it gives that priority), the running deadlines the triage decides are recomputed
 * from receipt ({@link Deadlines#recompute}; a missed one stays missed), the case's open tasks take
 * the new Tasklist priority and due dates, those offered to the old handling team are offered to
 * the new one instead, later tasks go to the new team, and the handling sheet records it all.
 *
 * <p>Only work the {@code resident-request} process itself handles can be re-classified (repair,
 * everyday help, inquiry) and never into an emergency: an emergency, a complaint or a topic has its
 * own process, which a changed label cannot switch.
 */
@Component
public class Reprioritisations {

  /** The categories re-classification moves between. */
  public static final List<String> CATEGORIES =
      List.of(Category.REPAIR.code(), Category.EVERYDAY_HELP.code(), Category.INQUIRY.code());

  /**
   * The priorities a supervisor may choose (an emergency goes through the emergency path). Their
   * task priority and dispatch time are the {@code chosenPriority} table's (chosen-priority.dmn,
   * CAT-04), deployed with the triage table.
   */
  public static final List<String> PRIORITIES = List.of("urgent", "normal", "low");

  /** The decision (chosen-priority.dmn, beside triage.dmn) that prices a hand-picked priority. */
  static final String CHOSEN_PRIORITY = "chosenPriority";

  /** The expression in a model's candidate groups that names the case's handling group. */
  private static final String HANDLING_GROUP_EXPRESSION =
      "${" + CaseVariables.HANDLING_GROUP.name() + "}";

  static final int MAX_REASON = 2000;

  /** The handling sheet's step: a supervisor's action outside the model's tasks. */
  public static final String STEP = "Action_Reprioritise";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CaseFiles caseFiles;
  private final Deadlines deadlines;
  private final DecisionService decisions;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final PropertyDirectory properties;
  private final RepositoryService repository;
  private final DeadlineTimers engineSide;

  Reprioritisations(
      CaseFiles caseFiles,
      Deadlines deadlines,
      DecisionService decisions,
      RuntimeService runtime,
      TaskService tasks,
      PropertyDirectory properties,
      RepositoryService repository,
      DeadlineTimers engineSide) {
    this.caseFiles = caseFiles;
    this.deadlines = deadlines;
    this.decisions = decisions;
    this.runtime = runtime;
    this.tasks = tasks;
    this.properties = properties;
    this.repository = repository;
    this.engineSide = engineSide;
  }

  /** What changed: the triage before and after, and the deadlines that moved. */
  public record Outcome(Triage before, Triage after, Map<String, Instant> moved) {}

  /**
   * @param category the new category, or null to keep it
   * @param subcategory the new subcategory, or null to keep it (with a new category: none)
   * @param priority urgent, normal or low, or null for the table's
   */
  @Transactional
  public Outcome reprioritise(
      Long caseId, String category, String subcategory, String priority, String reason) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "problem.field.blank");
    }
    if (reason.length() > MAX_REASON) {
      throw new InvalidFieldException("reason", "problem.field.too-long", MAX_REASON);
    }
    String newCategory = blank(category) ? serviceCase.getRequest().category() : category.trim();
    if (!CATEGORIES.contains(newCategory)) {
      throw new InvalidFieldException(
          "category", "problem.field.one-of", String.join(", ", CATEGORIES));
    }
    String newSubcategory =
        !blank(subcategory)
            ? subcategory.trim()
            : blank(category) ? serviceCase.getRequest().subcategory() : null;
    List<String> known = KnownSubcategory.KNOWN.get(newCategory);
    if (known != null && newSubcategory != null && !known.contains(newSubcategory)) {
      throw new InvalidFieldException(
          "subcategory", "problem.field.one-of", String.join(", ", known));
    }
    if (!blank(priority) && !PRIORITIES.contains(priority.trim())) {
      throw new InvalidFieldException(
          "priority",
          "problem.field.one-of",
          String.join(", ", PRIORITIES.stream().sorted().toList()));
    }
    Triage before = serviceCase.getTriage();
    if (serviceCase.getStatus() == CaseStatus.ARCHIVED) {
      throw new UnprocessableException(
          "caseNumber", "problem.reprioritise.closed", serviceCase.getCaseNumber());
    }
    if (before.priority() == null
        || before.emergency()
        || !CATEGORIES.contains(serviceCase.getRequest().category())) {
      throw new UnprocessableException(
          "category", "problem.reprioritise.not-here", serviceCase.getCaseNumber());
    }
    String chosen = blank(priority) ? null : priority.trim();
    String definitions = engineSide.asDesk(() -> triageDeployment(serviceCase));
    Map<String, Object> table =
        engineSide.asDesk(
            () ->
                evaluate(
                    definitions,
                    "triage",
                    Map.of(
                        "category",
                        newCategory,
                        "subcategory",
                        newSubcategory == null ? "" : newSubcategory)));
    if (Boolean.TRUE.equals(table.get("emergency"))) {
      throw new UnprocessableException(
          "subcategory", "problem.reprioritise.emergency", serviceCase.getCaseNumber());
    }
    Map<String, Object> byHand =
        chosen == null
            ? table
            : engineSide.asDesk(
                () -> evaluate(definitions, CHOSEN_PRIORITY, Map.of("priority", chosen)));
    Triage after =
        new Triage(
            chosen != null ? chosen : (String) table.get("priority"),
            (String) table.get("handlingGroup"),
            false,
            Boolean.TRUE.equals(table.get("trialRun")),
            (String) byHand.get("dispatchWithin"),
            (String) table.get("resolveWithin"));
    int taskPriority = ((Number) byHand.get("taskPriority")).intValue();
    String oldCategory = serviceCase.getRequest().category();
    String oldSubcategory = serviceCase.getRequest().subcategory();
    serviceCase.retriage(newCategory, newSubcategory, after);
    Map<String, Instant> moved = deadlines.recompute(caseId);
    engineSide.asDesk(
        () -> {
          for (ProcessInstance instance : instances(serviceCase)) {
            runtime.setVariable(instance.getId(), CaseVariables.TASK_PRIORITY.name(), taskPriority);
            runtime.setVariable(
                instance.getId(), CaseVariables.HANDLING_GROUP.name(), after.handlingGroup());
            runtime.setVariable(
                instance.getId(), ResidentRequestProcess.Var.PRIORITY.name(), after.priority());
          }
          for (Task task : engineSide.openTasks(serviceCase)) {
            task.setPriority(taskPriority);
            tasks.saveTask(task);
            if (before.handlingGroup() != null
                && !before.handlingGroup().equals(after.handlingGroup())
                && offeredToHandlingGroup(task)) {
              // the task was offered to the team that handled the old category: the new team
              // takes it over (a task of the front desk or the supervisors stays theirs)
              tasks.deleteCandidateGroup(task.getId(), before.handlingGroup());
              tasks.addCandidateGroup(task.getId(), after.handlingGroup());
            }
          }
          return null;
        });
    var zone = properties.zoneOf(serviceCase);
    caseFiles.record(
        caseId,
        STEP,
        "Re-prioritised",
        "%s/%s -> %s/%s; priority %s -> %s; handling group %s -> %s; reason: %s%s"
            .formatted(
                oldCategory,
                oldSubcategory,
                newCategory,
                newSubcategory,
                before.priority(),
                after.priority(),
                before.handlingGroup(),
                after.handlingGroup(),
                reason.trim(),
                moved.isEmpty()
                    ? ""
                    : "; now due: "
                        + moved.entrySet().stream()
                            .map(e -> e.getKey() + " " + WHEN.format(e.getValue().atZone(zone)))
                            .collect(Collectors.joining(", "))),
        "CAT-04");
    return new Outcome(before, after, moved);
  }

  /**
   * Whether the task's model offers it to the case's handling group ({@code ${handlingGroup}} among
   * its candidate groups): the repair's dispatch, handling and follow-up, the hold's resume task.
   */
  private boolean offeredToHandlingGroup(Task task) {
    if (task.getTaskDefinitionKey() == null || task.getProcessDefinitionId() == null) {
      return false;
    }
    UserTask element =
        repository
            .getBpmnModelInstance(task.getProcessDefinitionId())
            .getModelElementById(task.getTaskDefinitionKey());
    return element != null
        && element.getCamundaCandidateGroups() != null
        && element.getCamundaCandidateGroups().contains(HANDLING_GROUP_EXPRESSION);
  }

  /**
   * A table of triage.dmn on the new classification: the one the case's process was deployed with
   * (the model binds it by deployment; a property may have its own variant).
   */
  private Map<String, Object> evaluate(
      String deployment, String decisionKey, Map<String, Object> inputs) {
    String id =
        repository
            .createDecisionDefinitionQuery()
            .deploymentId(deployment)
            .decisionDefinitionKey(decisionKey)
            .singleResult()
            .getId();
    DmnDecisionRuleResult result =
        decisions.evaluateDecisionTableById(id).variables(inputs).evaluate().getFirstResult();
    return result == null ? Map.of() : result.getEntryMap();
  }

  private String triageDeployment(ServiceCase serviceCase) {
    ProcessInstance instance =
        instances(serviceCase).stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        "caseNumber",
                        "problem.reprioritise.not-here",
                        serviceCase.getCaseNumber()));
    return repository.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId();
  }

  private List<ProcessInstance> instances(ServiceCase serviceCase) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(ResidentRequestProcess.KEY)
        .processInstanceBusinessKey(serviceCase.getCaseNumber())
        .tenantIdIn(serviceCase.getPropertyCode())
        .list();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
