package com.residentdesk.governance;

import com.residentdesk.governance.ModelFile.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/**
 * The procedures new cases use now, read from the engine: for every process the file of its latest
 * version, and the forms, decisions and called processes deployed together with it (every model
 * here references with deployment binding, so that is what its cases use); decisions no process
 * uses that way by their latest version. A property's set (a tenant, issue 20) is its own versions
 * where it has them and the company-wide ones otherwise.
 */
@Component
class ActiveProcedures {

  private final RepositoryService repository;

  ActiveProcedures(RepositoryService repository) {
    this.repository = repository;
  }

  /** The set in use for the tenant (null: company-wide). Call without a user's authorizations. */
  Active read(String tenantId) {
    Map<String, Map<String, ModelFile>> deployments = new HashMap<>();
    Function<String, Map<String, ModelFile>> filesOf =
        deploymentId -> deployments.computeIfAbsent(deploymentId, this::filesOf);
    Map<String, Active.File> byKey = new LinkedHashMap<>();
    for (ProcessDefinition process : latestProcesses(tenantId)) {
      Map<String, ModelFile> deployed = filesOf.apply(process.getDeploymentId());
      ModelFile model = deployed.get(process.getResourceName());
      if (model == null) {
        continue;
      }
      byKey.putIfAbsent(
          Active.id(Kind.BPMN, process.getKey()),
          new Active.File(canonical(model), process.getDeploymentId(), process.getVersion()));
      for (ModelFile.Reference reference : model.references()) {
        if (!reference.deploymentBound()) {
          continue;
        }
        deployed.values().stream()
            .filter(file -> file.defines(reference.kind(), reference.key()))
            .findFirst()
            .ifPresent(
                file ->
                    byKey.putIfAbsent(
                        Active.id(reference.kind(), reference.key()),
                        new Active.File(canonical(file), process.getDeploymentId(), 0)));
      }
    }
    for (DecisionDefinition decision : latestDecisions(tenantId)) {
      ModelFile model = filesOf.apply(decision.getDeploymentId()).get(decision.getResourceName());
      if (model != null) {
        byKey.putIfAbsent(
            Active.id(Kind.DMN, decision.getKey()),
            new Active.File(canonical(model), decision.getDeploymentId(), decision.getVersion()));
      }
    }
    return new Active(byKey);
  }

  private List<ProcessDefinition> latestProcesses(String tenantId) {
    ProcessDefinitionQuery query = repository.createProcessDefinitionQuery().latestVersion();
    List<ProcessDefinition> found =
        tenantId == null
            ? query.withoutTenantId().list()
            : query.tenantIdIn(tenantId).includeProcessDefinitionsWithoutTenantId().list();
    return ownBeforeShared(found, ProcessDefinition::getKey, ProcessDefinition::getTenantId);
  }

  private List<DecisionDefinition> latestDecisions(String tenantId) {
    DecisionDefinitionQuery query = repository.createDecisionDefinitionQuery().latestVersion();
    List<DecisionDefinition> found =
        tenantId == null
            ? query.withoutTenantId().list()
            : query.tenantIdIn(tenantId).includeDecisionDefinitionsWithoutTenantId().list();
    return ownBeforeShared(found, DecisionDefinition::getKey, DecisionDefinition::getTenantId);
  }

  /** One definition per key: the property's own version before the company-wide one. */
  private static <T> List<T> ownBeforeShared(
      List<T> definitions, Function<T, String> key, Function<T, String> tenant) {
    return definitions.stream()
        .sorted(Comparator.comparing(d -> tenant.apply(d) == null ? 1 : 0))
        .collect(Collectors.toMap(key, d -> d, (own, shared) -> own, LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }

  private Map<String, ModelFile> filesOf(String deploymentId) {
    Map<String, ModelFile> files = new LinkedHashMap<>();
    for (Resource resource : repository.getDeploymentResources(deploymentId)) {
      if (Kind.of(resource.getName()) == null) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, resource.getName())) {
        files.put(resource.getName(), ModelFile.read(resource.getName(), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ModelFile.Unreadable e) {
        // a deployed file the model API cannot read was deployed before this check existed; it
        // cannot be a base to compare with, so it is left out
      }
    }
    return files;
  }

  /**
   * The file under its place in processes/ or forms/: the Spring Boot starter named resources by
   * their absolute path (or only their file name from a jar) before the desk deployed them itself.
   */
  static ModelFile canonical(ModelFile file) {
    String name = file.name().replace('\\', '/');
    for (String folder : List.of("processes/", "forms/")) {
      int at = name.lastIndexOf("/" + folder);
      if (name.startsWith(folder)) {
        return file;
      }
      if (at >= 0) {
        return file.named(name.substring(at + 1));
      }
    }
    return file;
  }

  /** The files in use, by what they define. */
  record Active(Map<String, File> byKey) {

    /** A file in use: its deployment and the version of the definition it was found by. */
    record File(ModelFile model, String deploymentId, int version) {}

    static String id(Kind kind, String key) {
      return kind + ":" + key;
    }

    Optional<File> defining(Kind kind, String key) {
      return Optional.ofNullable(byKey.get(id(kind, key)));
    }

    /** Every file in use once (a file defining several keys is listed once). */
    Collection<File> files() {
      Map<String, File> byName = new LinkedHashMap<>();
      byKey.values().forEach(file -> byName.putIfAbsent(file.model().name(), file));
      return byName.values();
    }

    List<ModelFile> processes() {
      List<ModelFile> models = new ArrayList<>();
      files().stream()
          .map(File::model)
          .filter(model -> model.kind() == Kind.BPMN)
          .forEach(models::add);
      return models;
    }
  }
}
