package com.residentdesk.governance;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only deployments the engine accepts ({@link DeploymentGuard}): the models of a release at
 * start-up, an approved change, and the trial deployment that checks a proposal. A trial runs in a
 * transaction that is always rolled back, so the engine parses the files exactly as it will on
 * approval (history time to live, expressions, timers) and tells whether running cases could be
 * migrated, and nothing of it remains.
 */
@Component
class ProcedureDeployments {

  /** Deployment name and source of the models shipped with a release. */
  static final String RELEASE = "procedures";

  static final String RELEASE_SOURCE = "release";

  /** Source of an approved change's deployment (named procedure-change-&lt;id&gt;). */
  static final String CHANGE_SOURCE = "procedure-change";

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TransactionTemplate trial;

  ProcedureDeployments(
      RepositoryService repository,
      RuntimeService runtime,
      PlatformTransactionManager transactions) {
    this.repository = repository;
    this.runtime = runtime;
    this.trial = new TransactionTemplate(transactions);
    this.trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Whether running cases of a process could move to the new version, and why not. */
  record MigrationCheck(
      String processKey, int fromVersion, long runningCases, boolean possible, List<String> why) {}

  /** What a trial deployment showed: the engine's refusal, or the migration checks. */
  record Trial(String refusal, List<MigrationCheck> migrations) {}

  DeploymentWithDefinitions deploy(
      String name, String source, String tenantId, List<ModelFile> files) {
    return deploy(repository.createDeployment(), name, source, tenantId, files);
  }

  /**
   * A release's files, unless the last release deployment holds exactly these already: nodes that
   * start together each compute the same files, and the engine's deployment lock lets only the
   * first deploy them (Camunda's duplicate filtering compares within deployments of this name).
   */
  DeploymentWithDefinitions deployRelease(List<ModelFile> files) {
    return deploy(
        repository.createDeployment().enableDuplicateFiltering(false),
        RELEASE,
        RELEASE_SOURCE,
        null,
        files);
  }

  private DeploymentWithDefinitions deploy(
      DeploymentBuilder builder,
      String name,
      String source,
      String tenantId,
      List<ModelFile> files) {
    builder.name(name).source(source).tenantId(tenantId);
    files.forEach(
        file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
    return DeploymentGuard.permit(builder::deployWithResult);
  }

  /** Deploys the files in a transaction that is rolled back whatever happens. */
  Trial trial(String tenantId, List<ModelFile> files) {
    Map<String, ProcessDefinition> inUse = new LinkedHashMap<>();
    files.forEach(
        file ->
            file.keys().forEach(key -> latest(key, tenantId).ifPresent(d -> inUse.put(key, d))));
    return trial.execute(
        status -> {
          status.setRollbackOnly();
          try {
            DeploymentWithDefinitions deployed =
                deploy("procedure-change-trial", CHANGE_SOURCE, tenantId, files);
            List<MigrationCheck> checks = new ArrayList<>();
            for (ProcessDefinition definition : deployed.getDeployedProcessDefinitions()) {
              ProcessDefinition old = inUse.get(definition.getKey());
              if (old != null) {
                checks.add(check(old, definition));
              }
            }
            return new Trial(null, checks);
          } catch (ProcessEngineException e) {
            return new Trial(firstLine(e), List.of());
          }
        });
  }

  /** Can the running cases of {@code from} continue in {@code to}, activity by activity? */
  MigrationCheck check(ProcessDefinition from, ProcessDefinition to) {
    long running = runtime.createProcessInstanceQuery().processDefinitionId(from.getId()).count();
    try {
      plan(from.getId(), to.getId());
      return new MigrationCheck(from.getKey(), from.getVersion(), running, true, List.of());
    } catch (MigrationPlanValidationException e) {
      List<String> why = new ArrayList<>();
      e.getValidationReport()
          .getInstructionReports()
          .forEach(report -> why.addAll(report.getFailures()));
      if (why.isEmpty()) {
        why.add(firstLine(e));
      }
      return new MigrationCheck(from.getKey(), from.getVersion(), running, false, why);
    }
  }

  /** Maps every activity to the one with the same id; the engine validates it as it builds. */
  MigrationPlan plan(String fromId, String toId) {
    return runtime
        .createMigrationPlan(fromId, toId)
        .mapEqualActivities()
        .updateEventTriggers()
        .build();
  }

  Optional<ProcessDefinition> latest(String key, String tenantId) {
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
    return Optional.ofNullable(
        tenantId == null
            ? query.withoutTenantId().singleResult()
            : query.tenantIdIn(tenantId).singleResult());
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
