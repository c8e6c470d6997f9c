package com.residentdesk.reports;

import static com.residentdesk.reports.MonthlyEvaluationProcess.Field.APPROVAL_NOTE;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Var.DECISION;
import static com.residentdesk.reports.MonthlyEvaluationProcess.Var.EVALUATION_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * QA-01, CMP-08: the centre manager approves the month's report (it is then filed) or sends it back
 * to the customer-service head with a note.
 */
@Component
class ApproveMonthlyReportStep extends TaskStep {

  private final MonthlyEvaluations evaluations;
  private final CurrentActor actor;

  ApproveMonthlyReportStep(MonthlyEvaluations evaluations, CurrentActor actor) {
    super(
        MonthlyEvaluationProcess.Element.APPROVE_REPORT,
        "QA-01",
        outcome(DECISION),
        recorded(APPROVAL_NOTE));
    this.evaluations = evaluations;
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
            List.of(MonthlyEvaluationProcess.APPROVE, MonthlyEvaluationProcess.REVISE));
    boolean approve = MonthlyEvaluationProcess.APPROVE.equals(decision);
    String note = approve ? form.text(APPROVAL_NOTE) : form.required(APPROVAL_NOTE, "审批意见 (note)");
    evaluations.decide(form.process(EVALUATION_ID), approve, note, actor.id());
  }
}
