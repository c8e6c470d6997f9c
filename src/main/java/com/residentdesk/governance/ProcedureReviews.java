package com.residentdesk.governance;

import static com.residentdesk.casefile.ProcessVariable.variables;

import com.residentdesk.governance.ActiveProcedures.Active;
import com.residentdesk.governance.ModelFile.Kind;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.NotFoundException;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GOV-02: the register of procedures and their yearly reviews. Each procedure has one review cycle
 * running ({@code procedure-review}), waiting until one review interval after its last approved
 * change or review; an approved change moves the waiting timer. The models read the due date, the
 * participants and their time from here ({@code ${procedureReviews.due(procedureRef)}}).
 */
@Component("procedureReviews")
public class ProcedureReviews {

  private final GovernedProcedureRepository register;
  private final ProcedureReviewRepository reviews;
  private final ProcedureChangeRepository changes;
  private final GovernanceProperties properties;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final DeskClock clock;
  private final TransactionTemplate transaction;

  ProcedureReviews(
      GovernedProcedureRepository register,
      ProcedureReviewRepository reviews,
      ProcedureChangeRepository changes,
      GovernanceProperties properties,
      RuntimeService runtime,
      ManagementService management,
      RepositoryService repository,
      IdentityService identity,
      DeskClock clock,
      PlatformTransactionManager transactions) {
    this.register = register;
    this.reviews = reviews;
    this.changes = changes;
    this.properties = properties;
    this.runtime = runtime;
    this.management = management;
    this.repository = repository;
    this.identity = identity;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  // ---- what the model asks ------------------------------------------------------------------

  /** When the procedure's next review is due. */
  public Date due(String procedureRef) {
    return Date.from(procedure(procedureRef).getReviewDueAt());
  }

  /** The groups whose view the centre manager hears: front desk, engineering, administration. */
  public List<String> participants() {
    return properties.reviewParticipants();
  }

  /** How long the participants have for their view (ISO-8601, a timer duration). */
  public String viewPeriod() {
    return properties.viewPeriod().toString();
  }

  // ---- the register -------------------------------------------------------------------------

  GovernedProcedure procedure(String procedureRef) {
    return register
        .findByProcedureRef(procedureRef)
        .orElseThrow(() -> new NotFoundException("governance.procedure.none", procedureRef));
  }

  /**
   * Every procedure in use has its row: a new one counts as changed when its version was deployed.
   * The approval and review processes are not procedures of the centre and are left out.
   */
  void register(Active active, String tenantId) {
    for (Active.File file : active.files()) {
      if (ProcedureBaseline.isGovernance(file.model()) || file.model().kind() == Kind.FORM) {
        continue;
      }
      file.model()
          .definitions()
          .forEach(
              (key, name) -> {
                String ref = GovernedProcedure.ref(tenantId, key);
                if (register.findByProcedureRef(ref).isEmpty()) {
                  GovernedProcedure procedure =
                      new GovernedProcedure(
                          tenantId,
                          key,
                          file.model().kind() == Kind.BPMN
                              ? GovernedProcedure.Kind.PROCESS
                              : GovernedProcedure.Kind.DECISION,
                          name);
                  procedure.changed(
                      null,
                      null,
                      deployedAt(file.deploymentId()),
                      properties.reviewInterval(),
                      clock.nowInCompanyZone().getZone());
                  register.save(procedure);
                }
              });
    }
  }

  /**
   * An approved change (or a release) restarts the year of every procedure it changed. A property's
   * first variant of a procedure becomes a procedure of its own, with its own review.
   *
   * @param deployed the files deployed, for the procedures' names as they now read
   */
  void changed(ProcedureChange change, Collection<String> keys, List<ModelFile> deployed) {
    for (String key : keys) {
      Optional<ModelFile> file =
          deployed.stream()
              .filter(f -> f.kind() != Kind.FORM && f.keys().contains(key))
              .findFirst();
      String name = file.map(f -> f.definitions().get(key)).orElse(null);
      String ref = GovernedProcedure.ref(change.getTenantId(), key);
      Optional<GovernedProcedure> row = register.findByProcedureRef(ref);
      boolean variant = row.isEmpty() && change.getTenantId() != null && file.isPresent();
      if (variant) {
        row =
            Optional.of(
                new GovernedProcedure(
                    change.getTenantId(),
                    key,
                    file.get().kind() == Kind.BPMN
                        ? GovernedProcedure.Kind.PROCESS
                        : GovernedProcedure.Kind.DECISION,
                    name));
      }
      if (row.isEmpty()) {
        continue;
      }
      row.get()
          .changed(
              change.getId(),
              name,
              change.getDecidedAt(),
              properties.reviewInterval(),
              clock.nowInCompanyZone().getZone());
      register.save(row.get());
      if (variant) {
        startCycleUnlessRunning(ref, null);
      } else {
        moveWaitingTimer(row.get());
      }
    }
  }

  private void moveWaitingTimer(GovernedProcedure procedure) {
    for (ProcessInstance cycle : runningCycles(procedure.getProcedureRef())) {
      Job timer =
          management
              .createJobQuery()
              .processInstanceId(cycle.getId())
              .activityId(ProcedureReviewProcess.Element.REVIEW_DUE)
              .timers()
              .singleResult();
      if (timer != null) {
        management.setJobDuedate(timer.getId(), Date.from(procedure.getReviewDueAt()));
      }
    }
  }

  private Instant deployedAt(String deploymentId) {
    Deployment deployment =
        repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    return deployment == null ? clock.now() : deployment.getDeploymentTime().toInstant();
  }

  // ---- the cycles ---------------------------------------------------------------------------

  /** At start-up: a review cycle for every procedure that has none (one node at a time). */
  void ensureCycles() {
    AsSystem.run(
        identity,
        () -> {
          for (GovernedProcedure procedure : register.findAllByOrderByProcedureRef()) {
            transaction.executeWithoutResult(
                status -> startCycleUnlessRunning(procedure.getProcedureRef(), null));
          }
          return null;
        });
  }

  /** The next cycle, from the review that just ended its own. */
  void startNextCycle(String procedureRef, String currentInstanceId) {
    startCycleUnlessRunning(procedureRef, currentInstanceId);
  }

  private void startCycleUnlessRunning(String procedureRef, String exceptInstanceId) {
    GovernedProcedure procedure = register.lockByProcedureRef(procedureRef).orElseThrow();
    boolean running =
        runningCycles(procedureRef).stream()
            .anyMatch(cycle -> !cycle.getId().equals(exceptInstanceId));
    if (!running) {
      runtime.startProcessInstanceByKey(
          ProcedureReviewProcess.KEY,
          ProcedureReviewProcess.businessKey(procedureRef),
          variables(
              ProcedureReviewProcess.Var.PROCEDURE_REF.of(procedureRef),
              GovernedProcedure.tenancy(procedure.getTenantId())));
    }
  }

  private List<ProcessInstance> runningCycles(String procedureRef) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(ProcedureReviewProcess.KEY)
        .processInstanceBusinessKey(ProcedureReviewProcess.businessKey(procedureRef))
        .list();
  }

  // ---- one review ---------------------------------------------------------------------------

  ProcedureReview open(String procedureRef, String processInstanceId) {
    return reviews.save(
        new ProcedureReview(procedure(procedureRef), clock.now(), processInstanceId));
  }

  ProcedureReview review(Long reviewId) {
    return reviews
        .findById(reviewId)
        .orElseThrow(() -> new NotFoundException("governance.review.none", reviewId));
  }

  void view(Long reviewId, String groupId, String by, String text) {
    review(reviewId).addView(new ReviewView(groupId, by, clock.now(), text));
  }

  void conclude(Long reviewId, String by, ProcedureReview.Result result, String notes) {
    ProcedureReview review = review(reviewId);
    Instant now = clock.now();
    review.conclude(by, now, result, notes);
    procedure(review.getProcedureRef())
        .reviewed(now, properties.reviewInterval(), clock.nowInCompanyZone().getZone());
  }

  void revised(Long reviewId, String by, String note) {
    review(reviewId).revised(by, clock.now(), note);
  }

  /** The last change recorded for a procedure, for the review's form. */
  Optional<ProcedureChange> lastChange(GovernedProcedure procedure) {
    return procedure.getLastChangeId() == null
        ? Optional.empty()
        : changes.findById(procedure.getLastChangeId());
  }
}
