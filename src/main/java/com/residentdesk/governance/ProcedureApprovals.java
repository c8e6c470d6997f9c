package com.residentdesk.governance;

import com.residentdesk.governance.ActiveProcedures.Active;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GOV-01: what the centre manager's decision does. Approved, the proposed files are deployed with
 * whatever the version in use needs along ({@link DeploymentSet}), so new cases start on the new
 * version from then on while running cases carry on in theirs; the procedures' review year starts
 * again. Rejected, nothing reaches the engine. Either way the procedures are free for the next
 * proposal and the proposer is told. On request, running cases of the replaced version are migrated
 * where Camunda's migration plan validates for them; the others finish on their version.
 */
@Component
class ProcedureApprovals {

  private final ProcedureChangeRepository changes;
  private final PendingProcedureRepository pending;
  private final ActiveProcedures procedures;
  private final ProcedureDeployments deployments;
  private final ProcedureReviews reviews;
  private final StaffNotifier notifier;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final DeskClock clock;
  private final TransactionTemplate isolated;

  ProcedureApprovals(
      ProcedureChangeRepository changes,
      PendingProcedureRepository pending,
      ActiveProcedures procedures,
      ProcedureDeployments deployments,
      ProcedureReviews reviews,
      StaffNotifier notifier,
      RepositoryService repository,
      RuntimeService runtime,
      IdentityService identity,
      DeskClock clock,
      PlatformTransactionManager transactions) {
    this.changes = changes;
    this.pending = pending;
    this.procedures = procedures;
    this.deployments = deployments;
    this.reviews = reviews;
    this.notifier = notifier;
    this.repository = repository;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
    // an engine call that fails inside the caller's transaction marks it rollback-only: migration
    // checks and attempts, which may fail, run in transactions of their own
    this.isolated = new TransactionTemplate(transactions);
    this.isolated.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  ProcedureChange change(Long id) {
    return changes
        .findById(id)
        .orElseThrow(() -> new NotFoundException("governance.change.none", id));
  }

  /**
   * Whether the files still change the versions they were compared with: a change approved or
   * released in between would otherwise be undone by this one.
   */
  boolean basedOnVersionInUse(ProcedureChange change) {
    Active active = AsSystem.run(identity, () -> procedures.read(change.getTenantId()));
    for (ProcedureChangeFile stored : change.getFiles()) {
      ModelFile file = read(stored);
      Optional<Active.File> inUse =
          file.keys().stream()
              .map(key -> active.defining(file.kind(), key))
              .flatMap(Optional::stream)
              .findFirst();
      String now = inUse.map(f -> ProcedureProposals.sha256(f.model().content())).orElse(null);
      if (stored.getBaseSha256() == null ? now != null : !stored.getBaseSha256().equals(now)) {
        return false;
      }
    }
    return true;
  }

  void approve(ProcedureChange change, String by, String note, boolean migrate) {
    change.approve(by, clock.now(), note, migrate);
  }

  void reject(ProcedureChange change, String by, String note) {
    change.reject(by, clock.now(), note);
    release(change);
    notifier.notifyUser(
        change.getProposedBy(),
        "procedure-change-" + change.getId() + "-rejected",
        null,
        MessagePurpose.PROCEDURE_CHANGE,
        "流程变更 #" + change.getId() + " 未获批准 / Procedure change not approved",
        "您提交的流程变更（"
            + change.getReason()
            + "）未获中心经理批准，原因："
            + note
            + "\n正在使用的版本保持不变。Tasklist 中有一项任务供您查看。\n\n"
            + "Your procedure change ("
            + change.getReason()
            + ") was not approved by the centre"
            + " manager: "
            + note
            + "\nThe version in use stays as it is.");
  }

  /** Deploys an approved change in the approval's transaction: both happen, or neither. */
  DeploymentWithDefinitions deploy(ProcedureChange change) {
    return AsSystem.run(
        identity,
        () -> {
          Active active = procedures.read(change.getTenantId());
          List<ModelFile> files = change.getFiles().stream().map(ProcedureApprovals::read).toList();
          DeploymentSet set = DeploymentSet.of(files, active);
          if (!set.missing().isEmpty()) {
            throw new IllegalStateException(
                "Change " + change.getId() + " cannot be deployed: " + set.missing());
          }
          DeploymentWithDefinitions deployment =
              deployments.deploy(
                  "procedure-change-" + change.getId(),
                  ProcedureDeployments.CHANGE_SOURCE,
                  change.getTenantId(),
                  set.files());
          change.deployed(deployment.getId());
          release(change);
          reviews.changed(change, change.getProcedures(), set.files());
          notifier.notifyUser(
              change.getProposedBy(),
              "procedure-change-" + change.getId() + "-approved",
              null,
              MessagePurpose.PROCEDURE_CHANGE,
              "流程变更 #" + change.getId() + " 已批准并生效 / Procedure change approved",
              "您提交的流程变更（"
                  + change.getReason()
                  + "）已由 "
                  + change.getDecidedBy()
                  + " 批准，新案件从现在起使用新版本（部署 "
                  + deployment.getId()
                  + "）。\n\n"
                  + "Your procedure change ("
                  + change.getReason()
                  + ") was approved by "
                  + change.getDecidedBy()
                  + "; new cases use the new version from now on"
                  + " (deployment "
                  + deployment.getId()
                  + ").");
          return deployment;
        });
  }

  /** What happened to the running cases of one process. */
  record MigrationOutcome(
      String processKey,
      int fromVersion,
      int toVersion,
      int migrated,
      int stayed,
      List<String> why) {}

  /**
   * Moves the running cases of each replaced process version to the new one, as far as Camunda's
   * migration allows: a plan that maps every activity to the one with the same id must validate,
   * and then each case that cannot move (its state has no counterpart) stays on its version.
   */
  List<MigrationOutcome> migrate(ProcedureChange change) {
    List<MigrationOutcome> outcomes = new ArrayList<>();
    AsSystem.run(
        identity,
        () -> {
          for (ProcessDefinition to :
              repository
                  .createProcessDefinitionQuery()
                  .deploymentId(change.getDeploymentId())
                  .list()) {
            previous(to).ifPresent(from -> outcomes.add(migrate(from, to)));
          }
          return null;
        });
    change.migrated(JsonColumn.write(outcomes));
    return outcomes;
  }

  private MigrationOutcome migrate(ProcessDefinition from, ProcessDefinition to) {
    List<String> running =
        runtime.createProcessInstanceQuery().processDefinitionId(from.getId()).list().stream()
            .map(ProcessInstance::getId)
            .toList();
    if (running.isEmpty()) {
      return new MigrationOutcome(to.getKey(), from.getVersion(), to.getVersion(), 0, 0, List.of());
    }
    MigrationPlan plan;
    try {
      plan = isolated.execute(status -> deployments.plan(from.getId(), to.getId()));
    } catch (MigrationPlanValidationException invalid) {
      List<String> why = new ArrayList<>();
      invalid
          .getValidationReport()
          .getInstructionReports()
          .forEach(r -> why.addAll(r.getFailures()));
      return new MigrationOutcome(
          to.getKey(), from.getVersion(), to.getVersion(), 0, running.size(), why);
    }
    List<String> remaining = new ArrayList<>(running);
    List<String> why = new ArrayList<>();
    while (!remaining.isEmpty()) {
      try {
        List<String> batch = List.copyOf(remaining);
        isolated.executeWithoutResult(
            status -> runtime.newMigration(plan).processInstanceIds(batch).execute());
        break;
      } catch (MigratingProcessInstanceValidationException stuck) {
        String instance = stuck.getValidationReport().getProcessInstanceId();
        remaining.remove(instance);
        why.add(instance + ": " + String.join("; ", stuck.getValidationReport().getFailures()));
      }
    }
    return new MigrationOutcome(
        to.getKey(),
        from.getVersion(),
        to.getVersion(),
        remaining.size(),
        running.size() - remaining.size(),
        why);
  }

  private Optional<ProcessDefinition> previous(ProcessDefinition definition) {
    if (definition.getVersion() <= 1) {
      return Optional.empty();
    }
    var query =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(definition.getKey())
            .processDefinitionVersion(definition.getVersion() - 1);
    return Optional.ofNullable(
        definition.getTenantId() == null
            ? query.withoutTenantId().singleResult()
            : query.tenantIdIn(definition.getTenantId()).singleResult());
  }

  /** The change no longer holds its procedures: the next proposal may come. */
  private void release(ProcedureChange change) {
    pending.deleteAll(pending.findByChangeId(change.getId()));
  }

  private static ModelFile read(ProcedureChangeFile stored) {
    try {
      return ModelFile.read(stored.getResourceName(), stored.getContent());
    } catch (ModelFile.Unreadable e) {
      throw new IllegalStateException("A stored proposal file cannot be read", e);
    }
  }
}
