package com.residentdesk.governance;

import static com.residentdesk.casefile.ProcessVariable.variables;

import com.residentdesk.governance.ActiveProcedures.Active;
import com.residentdesk.governance.ModelFile.Kind;
import com.residentdesk.governance.ModelFile.Reference;
import com.residentdesk.governance.ProposalRefused.Detail;
import com.residentdesk.system.DeskClock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GOV-01: a change deployed from Camunda Modeler becomes a proposal, held outside the engine until
 * the centre manager approves it. Nothing of it reaches the engine before that (no suspended
 * definition that a start by key, Tasklist's start list, a call activity or a decision could pick
 * up), so new cases go on using the version in use. A proposal is accepted only when it would work:
 * the files read, the model lint Camunda Modeler applies finds no error, every form, decision and
 * called process it references exists, every automatic step names a bean of the desk, and the
 * engine parses it in a trial deployment that is rolled back. What changed is computed here, from
 * the files, for the manager to read.
 */
@Component
class ProcedureProposals {

  /** The governance processes change with a release only: a change must not approve itself. */
  private static final List<String> GOVERNANCE_FOLDERS =
      List.of("processes/governance/", "forms/governance/");

  private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");

  /** One file as Camunda Modeler sent it. */
  record Upload(String name, byte[] content) {}

  /**
   * What Camunda Modeler's deploy sends: the deployment name (the owner's reason for the change),
   * the tenant (a property) or none, and the files.
   */
  record Submission(String user, String reason, String tenantId, List<Upload> files) {}

  private final ModelLint lint;
  private final ActiveProcedures procedures;
  private final ProcedureDeployments deployments;
  private final ProcedureChangeRepository changes;
  private final PendingProcedureRepository pending;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ApplicationContext beans;
  private final DeskClock clock;
  private final TransactionTemplate transaction;

  ProcedureProposals(
      ModelLint lint,
      ActiveProcedures procedures,
      ProcedureDeployments deployments,
      ProcedureChangeRepository changes,
      PendingProcedureRepository pending,
      RuntimeService runtime,
      IdentityService identity,
      ApplicationContext beans,
      DeskClock clock,
      PlatformTransactionManager transactions) {
    this.lint = lint;
    this.procedures = procedures;
    this.deployments = deployments;
    this.changes = changes;
    this.pending = pending;
    this.runtime = runtime;
    this.identity = identity;
    this.beans = beans;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * @return the pending change, its approval started
   * @throws ProposalRefused with nothing stored or deployed
   */
  ProcedureChange propose(Submission submission) throws ProposalRefused {
    List<ModelFile> files = read(submission.files());
    String reason = reasonOf(submission, files);
    String tenantId = tenantOf(submission.tenantId());
    lintClean(files);
    try {
      return AsSystem.run(
          identity, () -> proposeChecked(submission.user(), reason, tenantId, files));
    } catch (Refusal refusal) {
      throw refusal.refused;
    }
  }

  private ProcedureChange proposeChecked(
      String user, String reason, String tenantId, List<ModelFile> files) {
    try {
      Active active = procedures.read(tenantId);
      Map<ModelFile, Optional<Active.File>> changed = changedAgainst(files, active);
      Set<String> affected = affectedProcedures(changed.keySet(), active);
      refuseIfPending(tenantId, affected);
      DeploymentSet set = DeploymentSet.of(changed.keySet(), active);
      refuseIfIncomplete(set);
      refuseUnknownBeans(set.files());
      ProcedureDeployments.Trial trial = deployments.trial(tenantId, set.files());
      if (trial.refusal() != null) {
        throw new ProposalRefused(
            HttpStatus.UNPROCESSABLE_ENTITY,
            "files",
            "governance.proposal.engine",
            trial.refusal());
      }
      List<Change> differences = new ArrayList<>();
      changed.forEach(
          (file, base) ->
              differences.addAll(
                  ModelDiff.between(base.map(Active.File::model).orElse(null), file)));
      return store(user, reason, tenantId, changed, affected, differences, trial);
    } catch (ProposalRefused refused) {
      throw new Refusal(refused);
    }
  }

  /** Carries a refusal out of {@link AsSystem}, whose work cannot throw checked exceptions. */
  static final class Refusal extends RuntimeException {
    final ProposalRefused refused;

    Refusal(ProposalRefused refused) {
      super(refused.getMessage(), refused, false, false);
      this.refused = refused;
    }
  }

  // ---- the files --------------------------------------------------------------------------------

  private static List<ModelFile> read(List<Upload> uploads) throws ProposalRefused {
    if (uploads.isEmpty()) {
      throw new ProposalRefused(HttpStatus.BAD_REQUEST, "files", "governance.proposal.no-files");
    }
    List<ModelFile> files = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Upload upload : uploads) {
      if (Kind.of(upload.name()) == null) {
        throw new ProposalRefused(
            HttpStatus.BAD_REQUEST, upload.name(), "governance.proposal.file.kind");
      }
      if (!names.add(upload.name())) {
        throw new ProposalRefused(
            HttpStatus.BAD_REQUEST, upload.name(), "governance.proposal.file.twice", upload.name());
      }
      try {
        files.add(ModelFile.read(upload.name(), upload.content()));
      } catch (ModelFile.Unreadable e) {
        throw new ProposalRefused(
            HttpStatus.BAD_REQUEST,
            upload.name(),
            "governance.proposal.file.unreadable",
            e.getMessage());
      }
    }
    return files;
  }

  /**
   * The reason is what the owner typed as the deployment name in Modeler's deploy dialog, which has
   * no other text field; Modeler fills it with the file name, which says nothing.
   */
  private static String reasonOf(Submission submission, List<ModelFile> files)
      throws ProposalRefused {
    String reason = submission.reason() == null ? "" : submission.reason().strip();
    boolean defaultName =
        files.stream()
            .map(ModelFile::fileName)
            .anyMatch(
                name ->
                    name.equalsIgnoreCase(reason)
                        || name.substring(0, name.indexOf('.')).equalsIgnoreCase(reason));
    if (reason.isEmpty() || defaultName) {
      throw new ProposalRefused(
          HttpStatus.BAD_REQUEST, "deployment-name", "governance.proposal.reason.missing");
    }
    return reason.length() > 255 ? reason.substring(0, 255) : reason;
  }

  private String tenantOf(String tenantId) throws ProposalRefused {
    if (tenantId == null || tenantId.isBlank()) {
      return null;
    }
    String tenant = tenantId.strip();
    long known =
        AsSystem.run(identity, () -> identity.createTenantQuery().tenantId(tenant).count());
    if (known == 0) {
      throw new ProposalRefused(
          HttpStatus.BAD_REQUEST, "tenant-id", "governance.proposal.tenant.unknown", tenant);
    }
    return tenant;
  }

  private void lintClean(List<ModelFile> files) throws ProposalRefused {
    List<ModelLint.Finding> errors;
    try {
      errors = lint.lint(files).stream().filter(ModelLint.Finding::isError).toList();
    } catch (ModelLint.Unavailable e) {
      throw new ProposalRefused(
          HttpStatus.SERVICE_UNAVAILABLE, "files", "governance.proposal.lint.unavailable");
    }
    if (!errors.isEmpty()) {
      List<Detail> details =
          errors.stream()
              .map(
                  e ->
                      new Detail(
                          e.file(),
                          "governance.proposal.lint.finding",
                          e.id() == null ? e.file() : e.id(),
                          e.message(),
                          e.rule()))
              .toList();
      throw new ProposalRefused(
          HttpStatus.UNPROCESSABLE_ENTITY,
          errors.get(0).file(),
          details,
          "governance.proposal.lint",
          errors.size());
    }
  }

  // ---- against the version in use --------------------------------------------------------------

  /**
   * The files that differ from the version in use, each under the name of the file it replaces
   * (Modeler sends bare file names), with that file; a new decision or form goes next to the
   * process that uses it.
   */
  private Map<ModelFile, Optional<Active.File>> changedAgainst(List<ModelFile> files, Active active)
      throws ProposalRefused {
    Map<ModelFile, Optional<Active.File>> changed = new LinkedHashMap<>();
    for (ModelFile file : files) {
      Optional<Active.File> base =
          file.keys().stream()
              .map(key -> active.defining(file.kind(), key))
              .flatMap(Optional::stream)
              .findFirst();
      if (base.isEmpty() && file.kind() == Kind.BPMN) {
        throw new ProposalRefused(
            HttpStatus.UNPROCESSABLE_ENTITY,
            file.fileName(),
            "governance.proposal.new-process",
            String.join(", ", file.keys()));
      }
      ModelFile named =
          base.map(b -> file.named(b.model().name())).orElseGet(() -> placed(file, files, active));
      if (GOVERNANCE_FOLDERS.stream().anyMatch(named.name()::startsWith)) {
        throw new ProposalRefused(
            HttpStatus.UNPROCESSABLE_ENTITY, file.fileName(), "governance.proposal.governance");
      }
      if (base.isPresent() && MessageDigest.isEqual(base.get().model().content(), file.content())) {
        continue;
      }
      changed.put(named, base);
    }
    if (changed.isEmpty()) {
      throw new ProposalRefused(
          HttpStatus.UNPROCESSABLE_ENTITY, "files", "governance.proposal.unchanged");
    }
    return changed;
  }

  /** A new decision or form, in the folder of the first process that uses it. */
  private static ModelFile placed(ModelFile file, List<ModelFile> submitted, Active active) {
    List<ModelFile> processes = new ArrayList<>(submitted);
    processes.addAll(active.processes());
    String root = file.kind() == Kind.FORM ? "forms/" : "processes/";
    for (ModelFile process : processes) {
      boolean uses =
          process.kind() == Kind.BPMN
              && process.references().stream()
                  .anyMatch(r -> r.kind() == file.kind() && file.keys().contains(r.key()));
      Optional<Active.File> placedProcess =
          process.keys().stream()
              .map(key -> active.defining(Kind.BPMN, key))
              .flatMap(Optional::stream)
              .findFirst();
      if (uses && placedProcess.isPresent()) {
        String name = placedProcess.get().model().name();
        String[] parts = name.split("/");
        if (parts.length >= 3) {
          return file.named(root + parts[parts.length - 2] + "/" + file.fileName());
        }
      }
    }
    return file.named(root + file.fileName());
  }

  /**
   * The procedures a change touches: the processes and decisions it redefines, and the processes
   * whose forms it changes.
   */
  private static Set<String> affectedProcedures(Set<ModelFile> changed, Active active) {
    Set<String> keys = new LinkedHashSet<>();
    for (ModelFile file : changed) {
      if (file.kind() != Kind.FORM) {
        keys.addAll(file.keys());
        continue;
      }
      List<ModelFile> processes = new ArrayList<>(changed);
      processes.addAll(active.processes());
      for (ModelFile process : processes) {
        for (Reference reference : process.references()) {
          if (reference.kind() == Kind.FORM && file.keys().contains(reference.key())) {
            keys.addAll(process.keys());
          }
        }
      }
    }
    return keys;
  }

  private void refuseIfPending(String tenantId, Set<String> affected) throws ProposalRefused {
    for (String key : affected) {
      Optional<PendingProcedure> claim = pending.findById(GovernedProcedure.ref(tenantId, key));
      if (claim.isPresent()) {
        ProcedureChange other = changes.findById(claim.get().getChangeId()).orElseThrow();
        throw new ProposalRefused(
            HttpStatus.CONFLICT,
            "files",
            "governance.proposal.pending",
            other.getId(),
            other.getProposedBy(),
            other
                .getProposedAt()
                .atZone(clock.nowInCompanyZone().getZone())
                .toLocalDate()
                .toString(),
            key);
      }
    }
  }

  private static void refuseIfIncomplete(DeploymentSet set) throws ProposalRefused {
    if (set.missing().isEmpty()) {
      return;
    }
    List<Detail> details =
        set.missing().stream()
            .map(
                m ->
                    new Detail(
                        m.file(),
                        "governance.proposal.missing.reference",
                        m.file(),
                        "governance.reference." + m.reference().kind(),
                        m.reference().key(),
                        m.reference().from()))
            .toList();
    throw new ProposalRefused(
        HttpStatus.UNPROCESSABLE_ENTITY,
        set.missing().get(0).file(),
        details,
        "governance.proposal.missing");
  }

  private void refuseUnknownBeans(List<ModelFile> files) throws ProposalRefused {
    List<Detail> details = new ArrayList<>();
    for (ModelFile file : files) {
      for (String expression : file.delegateExpressions()) {
        Matcher bean = BEAN.matcher(expression.strip());
        if (bean.matches() && !beans.containsBean(bean.group(1))) {
          details.add(
              new Detail(
                  file.fileName(),
                  "governance.proposal.unknown-bean",
                  file.fileName(),
                  expression,
                  bean.group(1)));
        }
      }
    }
    if (!details.isEmpty()) {
      throw new ProposalRefused(
          HttpStatus.UNPROCESSABLE_ENTITY,
          details.get(0).field(),
          details,
          "governance.proposal.missing");
    }
  }

  // ---- the record -------------------------------------------------------------------------------

  private ProcedureChange store(
      String user,
      String reason,
      String tenantId,
      Map<ModelFile, Optional<Active.File>> changed,
      Set<String> affected,
      List<Change> differences,
      ProcedureDeployments.Trial trial)
      throws ProposalRefused {
    List<String> baseDeployments =
        changed.values().stream()
            .flatMap(Optional::stream)
            .map(Active.File::deploymentId)
            .distinct()
            .toList();
    try {
      return transaction.execute(
          status -> {
            ProcedureChange change =
                new ProcedureChange(
                    tenantId,
                    ProcedureChange.Origin.MODELER,
                    reason,
                    List.copyOf(affected),
                    user,
                    clock.now(),
                    differences,
                    baseDeployments);
            changed.forEach(
                (file, base) ->
                    change.addFile(
                        new ProcedureChangeFile(
                            file.name(),
                            file.fileName(),
                            base.map(b -> sha256(b.model().content())).orElse(null),
                            file.content())));
            change.checked(trial.migrations());
            changes.saveAndFlush(change);
            for (String key : affected) {
              pending.save(
                  new PendingProcedure(GovernedProcedure.ref(tenantId, key), change.getId()));
            }
            pending.flush();
            String instance =
                runtime
                    .startProcessInstanceByKey(
                        ProcedureChangeProcess.KEY,
                        ProcedureChangeProcess.businessKey(change.getId()),
                        variables(
                            ProcedureChangeProcess.Var.CHANGE_ID.of(change.getId()),
                            ProcedureChangeProcess.Var.PROPOSER.of(user),
                            GovernedProcedure.tenancy(tenantId)))
                    .getId();
            change.started(instance);
            return change;
          });
    } catch (DataIntegrityViolationException race) {
      // another proposal claimed one of the procedures a moment ago
      refuseIfPending(tenantId, affected);
      throw race;
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
