package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceReportProcess.Field.CHASE_NOTE;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Var.REPORT_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/**
 * SVC-10: the monthly special-service report was not written by its deadline; the centre manager
 * follows it up with the customer-service head and notes the result, kept with the report.
 */
@Component
class ChaseServiceReportStep extends TaskStep {

  private final ServiceReports reports;
  private final CurrentActor actor;

  ChaseServiceReportStep(ServiceReports reports, CurrentActor actor) {
    super(SpecialServiceReportProcess.Element.CHASE_REPORT, "SVC-10", recorded(CHASE_NOTE));
    this.reports = reports;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    reports.chased(
        form.process(REPORT_ID),
        form.required(CHASE_NOTE, "跟进情况 / serviceReportChaseNote"),
        actor.id());
  }
}
