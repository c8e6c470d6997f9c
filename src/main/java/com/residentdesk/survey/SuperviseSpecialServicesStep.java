package com.residentdesk.survey;

import static com.residentdesk.survey.SpecialServiceSupervisionProcess.Field.CORRECTION;
import static com.residentdesk.survey.SpecialServiceSupervisionProcess.Field.DAYS;
import static com.residentdesk.survey.SpecialServiceSupervisionProcess.Field.FINDINGS;
import static com.residentdesk.survey.SpecialServiceSupervisionProcess.Field.OWNER;
import static com.residentdesk.survey.SpecialServiceSupervisionProcess.Field.RAISE_CORRECTION;
import static com.residentdesk.survey.SpecialServiceSupervisionProcess.Var.SUPERVISION_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.system.DeskClock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SVC-12: the quality department records the half-year's supervision of the special services; a
 * finding to correct raises a corrective action with its owner and deadline.
 */
@Component
class SuperviseSpecialServicesStep extends TaskStep {

  /** The groups a supervision's correction can go to. */
  static final List<String> OWNERS =
      List.of(
          StaffGroups.ENGINEERING,
          StaffGroups.SECURITY,
          StaffGroups.FRONT_DESK,
          StaffGroups.CS_HEAD,
          StaffGroups.SUPERVISOR);

  private final QualitySchedules schedules;
  private final CorrectiveActions actions;
  private final CurrentActor actor;
  private final DeskClock clock;

  SuperviseSpecialServicesStep(
      QualitySchedules schedules, CorrectiveActions actions, CurrentActor actor, DeskClock clock) {
    super(
        SpecialServiceSupervisionProcess.Element.SUPERVISE,
        "SVC-12",
        recorded(FINDINGS),
        recorded(RAISE_CORRECTION),
        recorded(CORRECTION),
        recorded(OWNER),
        recorded(DAYS));
    this.schedules = schedules;
    this.actions = actions;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    long id = form.process(SUPERVISION_ID);
    String findings = form.required(FINDINGS, "监督结果 (findings)");
    if (form.flag(RAISE_CORRECTION)) {
      String owner = form.oneOf(OWNER, "整改负责部门 (owner)", OWNERS);
      int days = form.count(DAYS, 1);
      actions.raise(
          schedules.supervision(id).getPropertyCode(),
          CorrectiveAction.Source.SUPERVISION,
          id,
          null,
          form.required(CORRECTION, "整改要求 (correction)"),
          owner,
          clock.now().plus(Duration.ofDays(days)));
    }
    schedules.supervised(id, findings, actor.id());
  }
}
