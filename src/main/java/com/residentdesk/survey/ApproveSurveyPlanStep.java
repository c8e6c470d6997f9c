package com.residentdesk.survey;

import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.PLAN_NOTE;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Var.APPROVER;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Var.DECISION;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Var.SURVEY_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/** QA-03: one group of the approval chain approves the plan, or sends it back with a reason. */
@Component
class ApproveSurveyPlanStep extends TaskStep {

  private final SatisfactionSurveys surveys;
  private final CurrentActor actor;

  ApproveSurveyPlanStep(SatisfactionSurveys surveys, CurrentActor actor) {
    super(
        SatisfactionSurveyProcess.Element.APPROVE_PLAN,
        "QA-03",
        outcome(DECISION),
        recorded(PLAN_NOTE));
    this.surveys = surveys;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    String decision =
        form.oneOf(
            DECISION,
            "审批结论 (decision)",
            List.of(SatisfactionSurveyProcess.APPROVE, SatisfactionSurveyProcess.REJECT));
    boolean approve = SatisfactionSurveyProcess.APPROVE.equals(decision);
    String note = approve ? form.text(PLAN_NOTE) : form.required(PLAN_NOTE, "审批意见 (note)");
    surveys.decide(form.process(SURVEY_ID), form.process(APPROVER), approve, note, actor.id());
  }
}
