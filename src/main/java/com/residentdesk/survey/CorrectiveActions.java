package com.residentdesk.survey;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.household.Household;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrective actions (QA-05, QA-08, SVC-12): raised from a survey's result below target, an owners'
 * forum or a supervision; each runs its own {@code corrective-action} process. Exposed to the
 * models as {@code correctiveActions}.
 */
@Service("correctiveActions")
public class CorrectiveActions {

  private final CorrectiveActionRepository actions;
  private final SatisfactionSurveys surveys;
  private final PropertyDirectory directory;
  private final RuntimeService runtime;
  private final DeskClock clock;
  private final Duration correctionTime;
  private final Duration chaseEvery;

  public CorrectiveActions(
      CorrectiveActionRepository actions,
      SatisfactionSurveys surveys,
      PropertyDirectory directory,
      RuntimeService runtime,
      DeskClock clock,
      @Value("${desk.surveys.correction-days:30}") int correctionDays,
      @Value("${desk.surveys.correction-chase-every:P7D}") Duration chaseEvery) {
    this.actions = actions;
    this.surveys = surveys;
    this.directory = directory;
    this.runtime = runtime;
    this.clock = clock;
    this.correctionTime = Duration.ofDays(correctionDays);
    this.chaseEvery = chaseEvery;
  }

  /** The default deadline of an action raised now. */
  public Instant defaultDue() {
    return clock.now().plus(correctionTime);
  }

  /** Records the action and starts its process; returns its id. */
  @Transactional
  public long raise(
      String property,
      CorrectiveAction.Source source,
      long sourceId,
      String service,
      String description,
      String ownerGroup,
      Instant dueAt) {
    if (description == null || description.isBlank()) {
      throw new InvalidFieldException("description", "problem.correction.description");
    }
    if (!StaffGroups.STAFF.containsKey(ownerGroup)
        || StaffGroups.AUDITOR.equals(ownerGroup)
        || StaffGroups.COMPANY.contains(ownerGroup)) {
      throw new InvalidFieldException("ownerGroup", "problem.correction.owner", ownerGroup);
    }
    if (dueAt == null || !dueAt.isAfter(clock.now())) {
      throw new InvalidFieldException("dueAt", "problem.correction.due");
    }
    directory.get(property);
    CorrectiveAction action =
        actions.save(
            new CorrectiveAction(
                property,
                source,
                sourceId,
                service,
                description.strip(),
                ownerGroup,
                dueAt,
                clock.now()));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CaseVariables.PROPERTY.name(), property);
    variables.put(CorrectiveActionProcess.Var.CORRECTION_ID.name(), action.getId());
    variables.put(CorrectiveActionProcess.Var.OWNER.name(), ownerGroup);
    runtime.startProcessInstanceByKey(
        CorrectiveActionProcess.KEY,
        CorrectiveActionProcess.businessKey(action.getId()),
        variables);
    return action.getId();
  }

  /** QA-05: one action per service of the survey below target, owned by the service's group. */
  @Transactional
  public List<Long> raiseForSurvey(long surveyId) {
    SurveyCampaign campaign = surveys.get(surveyId);
    if (!actions
        .findBySourceAndSourceIdOrderById(CorrectiveAction.Source.SURVEY, surveyId)
        .isEmpty()) {
      return List.of();
    }
    return surveys.belowTarget(surveyId).stream()
        .map(
            result -> {
              SurveyServices.Service service = SurveyServices.find(result.code()).orElseThrow();
              return raise(
                  campaign.getPropertyCode(),
                  CorrectiveAction.Source.SURVEY,
                  surveyId,
                  service.code(),
                  "满意度调查：“"
                      + service.zh()
                      + "”满意率 "
                      + Math.round(result.rate() * 1000) / 10.0
                      + "%，低于目标 "
                      + Math.round(surveys.targetSatisfaction() * 100)
                      + "%，请整改",
                  service.owner(),
                  defaultDue());
            })
        .toList();
  }

  /** For the model: when the action is due. */
  public Date due(Long id) {
    return Date.from(get(id).getDueAt());
  }

  /**
   * For the model: QA-05, the overdue action is escalated to the centre manager when its deadline
   * passes and again every {@code correction-chase-every} (a week) until it is done.
   */
  public String overdueCycle(Long id) {
    return com.residentdesk.system.EscalationCycle.of(get(id).getDueAt(), chaseEvery);
  }

  @Transactional
  public void done(long id, String note, String by) {
    get(id).done(note, by, clock.now());
  }

  /** QA-05: the overdue action was escalated (again), now. */
  @Transactional
  public void escalated(long id) {
    get(id).escalated(clock.now());
  }

  /** QA-05: what the centre manager agreed when the action was overdue. */
  @Transactional
  public void chased(long id, String note, String by) {
    get(id).chased(by + ": " + note, clock.now());
  }

  @Transactional
  public void verified(long id, boolean effective, String note, String by) {
    get(id).verified(effective, note, by, clock.now());
  }

  @Transactional
  public void calledBack(long id, String note) {
    get(id).calledBack(note, clock.now());
  }

  /** The residents concerned: who rated the service unsatisfied in the survey it came from. */
  @Transactional(readOnly = true)
  public List<Household> concerned(long id) {
    CorrectiveAction action = get(id);
    return action.getSource() == CorrectiveAction.Source.SURVEY && action.getService() != null
        ? surveys.unsatisfied(action.getSourceId(), action.getService())
        : List.of();
  }

  @Transactional(readOnly = true)
  public CorrectiveAction get(long id) {
    return actions
        .findById(id)
        .orElseThrow(() -> new NotFoundException("problem.correction.none", id));
  }

  @Transactional(readOnly = true)
  public List<CorrectiveAction> of(CorrectiveAction.Source source, long sourceId) {
    return actions.findBySourceAndSourceIdOrderById(source, sourceId);
  }

  @Transactional(readOnly = true)
  public List<CorrectiveAction> of(List<String> properties) {
    return properties.isEmpty()
        ? List.of()
        : actions.findByPropertyCodeInOrderByRaisedAtDesc(properties);
  }
}
