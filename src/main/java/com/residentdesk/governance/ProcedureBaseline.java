package com.residentdesk.governance;

import com.residentdesk.governance.ActiveProcedures.Active;
import com.residentdesk.system.ConcurrentStartup;
import com.residentdesk.system.DeskClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up does not bypass GOV-01. The models shipped with a release are the approved baseline: a
 * file is deployed when the release changed it since the release before, never because a process
 * owner's approved change made the version in use differ from the file (which would undo the
 * approved change), and never again when nothing changed. A changed file takes the processes that
 * use it along ({@link DeploymentSet}), each in the version in use. The deployment is recorded as a
 * change approved by the release. Held proposals live outside the engine, so no restart can
 * activate one. (This replaces the Spring Boot starter's auto-deployment, which redeploys every
 * file when one changed.)
 */
@Component
class ProcedureBaseline {

  private static final Logger log = LoggerFactory.getLogger(ProcedureBaseline.class);

  /** What a release ships: every model and form on the classpath. */
  static final List<String> PATTERNS =
      List.of(
          "classpath*:processes/**/*.bpmn",
          "classpath*:processes/**/*.dmn",
          "classpath*:forms/**/*.form");

  private final ActiveProcedures procedures;
  private final ProcedureDeployments deployments;
  private final ProcedureChangeRepository changes;
  private final ProcedureReviews reviews;
  private final IdentityService identity;
  private final DeskClock clock;
  private final TransactionTemplate transaction;

  ProcedureBaseline(
      ActiveProcedures procedures,
      ProcedureDeployments deployments,
      ProcedureChangeRepository changes,
      ProcedureReviews reviews,
      IdentityService identity,
      DeskClock clock,
      PlatformTransactionManager transactions) {
    this.procedures = procedures;
    this.deployments = deployments;
    this.changes = changes;
    this.reviews = reviews;
    this.identity = identity;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Before anything provisions or starts a process. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void deployRelease() {
    ConcurrentStartup.converge("Procedures of this release", () -> deploy(shipped()));
  }

  /** After the groups, grants and users exist: every procedure has its review cycle. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  public void scheduleReviews() {
    ConcurrentStartup.converge("Procedure reviews", reviews::ensureCycles);
  }

  static boolean isGovernance(ModelFile file) {
    return file.name().startsWith("processes/governance/")
        || file.name().startsWith("forms/governance/");
  }

  /**
   * Deploys what the release changed.
   *
   * @param shipped the release's files
   */
  void deploy(List<ModelFile> shipped) {
    AsSystem.run(identity, () -> deployChanged(shipped));
  }

  private Void deployChanged(List<ModelFile> shipped) {
    Active active = procedures.read(null);
    Map<String, byte[]> lastRelease = lastRelease();
    List<ModelFile> changed =
        shipped.stream()
            .filter(file -> !inUse(active, file).map(f -> same(f, file)).orElse(false))
            .filter(file -> !Arrays.equals(lastRelease.get(file.name()), file.content()))
            .toList();
    if (changed.isEmpty()) {
      transaction.executeWithoutResult(status -> reviews.register(active, null));
      return null;
    }
    DeploymentSet set = DeploymentSet.of(changed, active);
    if (!set.missing().isEmpty()) {
      throw new IllegalStateException(
          "The release's models reference what is missing: " + set.missing());
    }
    List<ModelFile> files = asShipped(set.files(), shipped);
    transaction.executeWithoutResult(status -> record(changed, files, active));
    return null;
  }

  private void record(List<ModelFile> changed, List<ModelFile> files, Active before) {
    DeploymentWithDefinitions deployment = deployments.deployRelease(files);
    if (changes.existsByDeploymentId(deployment.getId())) {
      return; // another node deployed the same release a moment ago
    }
    List<Change> differences = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    Set<String> bases = new LinkedHashSet<>();
    for (ModelFile file : changed) {
      Optional<Active.File> base = inUse(before, file);
      base.ifPresent(b -> bases.add(b.deploymentId()));
      differences.addAll(ModelDiff.between(base.map(Active.File::model).orElse(null), file));
      if (file.kind() != ModelFile.Kind.FORM && !isGovernance(file)) {
        keys.addAll(file.keys());
      }
    }
    ProcedureChange change =
        new ProcedureChange(
            null,
            ProcedureChange.Origin.RELEASE,
            "版本发布（Release " + releaseVersion() + "）",
            List.copyOf(keys),
            ProcedureChange.RELEASE_APPROVER,
            clock.now(),
            differences,
            List.copyOf(bases));
    changed.forEach(
        file ->
            change.addFile(
                new ProcedureChangeFile(
                    file.name(),
                    file.fileName(),
                    inUse(before, file)
                        .map(b -> ProcedureProposals.sha256(b.model().content()))
                        .orElse(null),
                    file.content())));
    change.approve(ProcedureChange.RELEASE_APPROVER, clock.now(), null, false);
    change.deployed(deployment.getId());
    changes.save(change);
    reviews.register(procedures.read(null), null);
    reviews.changed(change, keys, files);
    log.info(
        "Procedures of this release deployed ({} file(s) changed, deployment {}): {}",
        changed.size(),
        deployment.getId(),
        keys);
  }

  /** The version in use of what the file defines. */
  private static Optional<Active.File> inUse(Active active, ModelFile file) {
    return file.keys().stream()
        .map(key -> active.defining(file.kind(), key))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static boolean same(Active.File inUse, ModelFile file) {
    return Arrays.equals(inUse.model().content(), file.content());
  }

  /** Unchanged files deployed along keep their bytes in use, under the release's names. */
  private static List<ModelFile> asShipped(List<ModelFile> files, List<ModelFile> shipped) {
    List<ModelFile> named = new ArrayList<>();
    for (ModelFile file : files) {
      named.add(
          shipped.stream()
              .filter(s -> s.kind() == file.kind() && s.keys().equals(file.keys()))
              .findFirst()
              .map(s -> file.named(s.name()))
              .orElse(file));
    }
    return named;
  }

  /**
   * The files as the releases shipped them, by name, the newest release first: from the record of
   * each release's changed files, not from its deployment, which also holds files deployed along in
   * their version in use (an approved change must not count as shipped).
   */
  private Map<String, byte[]> lastRelease() {
    Map<String, byte[]> files = new HashMap<>();
    for (ProcedureChange release : changes.releases()) {
      for (ProcedureChangeFile file : release.getFiles()) {
        files.putIfAbsent(file.getResourceName(), file.getContent());
      }
    }
    return files;
  }

  static List<ModelFile> shipped() {
    List<ModelFile> files = new ArrayList<>();
    var resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String pattern : PATTERNS) {
        for (org.springframework.core.io.Resource resource : resolver.getResources(pattern)) {
          try (InputStream in = resource.getInputStream()) {
            files.add(ModelFile.read(nameOf(resource), in.readAllBytes()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ModelFile.Unreadable e) {
      throw new IllegalStateException("A model of this release cannot be read", e);
    }
    return files;
  }

  /** The name in the deployment: the path from processes/ or forms/ on. */
  static String nameOf(org.springframework.core.io.Resource resource) throws IOException {
    String url = resource.getURL().toString();
    int processes = url.lastIndexOf("/processes/");
    return url.substring((processes >= 0 ? processes : url.lastIndexOf("/forms/")) + 1);
  }

  private static String releaseVersion() {
    String version = ProcedureBaseline.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }
}
