package com.residentdesk.reports;

import static com.residentdesk.reports.MonthlyEvaluationProcess.Field.ANALYSIS;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Field.PREVENTIVE_MEASURES;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Var.EVALUATION_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/**
 * QA-01, QA-07, CMP-08: the customer-service head writes the month's analysis (service, complaints
 * and suggestions) and the causes and preventive measures of the recurring problems, by the 5th.
 */
@Component
class WriteMonthlyAnalysisStep extends TaskStep {

  private final MonthlyEvaluations evaluations;
  private final CurrentActor actor;

  WriteMonthlyAnalysisStep(MonthlyEvaluations evaluations, CurrentActor actor) {
    super(
        MonthlyEvaluationProcess.Element.WRITE_ANALYSIS,
        "QA-01",
        recorded(ANALYSIS),
        recorded(PREVENTIVE_MEASURES));
    this.evaluations = evaluations;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    evaluations.write(
        form.process(EVALUATION_ID),
        form.required(ANALYSIS, "月度分析 (analysis)"),
        form.required(PREVENTIVE_MEASURES, "原因与预防措施 (preventive measures)"),
        actor.id());
  }
}
