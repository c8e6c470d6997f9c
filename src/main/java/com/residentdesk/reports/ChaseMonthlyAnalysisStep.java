package com.residentdesk.reports;

import static com.residentdesk.reports.MonthlyEvaluationProcess.Field.CHASE_NOTE;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Var.EVALUATION_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/**
 * QA-01: the analysis was not written by the 5th; the centre manager follows it up with the
 * customer-service head and notes what was agreed, on the evaluation's record.
 */
@Component
class ChaseMonthlyAnalysisStep extends TaskStep {

  private final MonthlyEvaluations evaluations;
  private final CurrentActor actor;

  ChaseMonthlyAnalysisStep(MonthlyEvaluations evaluations, CurrentActor actor) {
    super(MonthlyEvaluationProcess.Element.CHASE_ANALYSIS, "QA-01", recorded(CHASE_NOTE));
    this.evaluations = evaluations;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    evaluations.chased(
        form.process(EVALUATION_ID), form.required(CHASE_NOTE, "跟进情况 (note)"), actor.id());
  }
}
