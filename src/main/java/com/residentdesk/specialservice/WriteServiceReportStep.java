package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceReportProcess.Field.ANALYSIS;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Field.MEASURES;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Var.REPORT_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** SVC-10: the customer-service head adds the analysis and the improvement measures. */
@Component
class WriteServiceReportStep extends TaskStep {

  private final ServiceReports reports;
  private final CurrentActor actor;

  WriteServiceReportStep(ServiceReports reports, CurrentActor actor) {
    super(
        SpecialServiceReportProcess.Element.WRITE_REPORT,
        "SVC-10",
        recorded(ANALYSIS),
        recorded(MEASURES));
    this.reports = reports;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    reports.write(
        form.process(REPORT_ID),
        form.required(ANALYSIS, "分析 (analysis)"),
        form.required(MEASURES, "改进措施 (improvement measures)"),
        actor.id());
  }
}
