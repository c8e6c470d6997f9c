package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceReportProcess.Field.QUALITY_NOTE;
import static com.residentdesk.specialservice.SpecialServiceReportProcess.Var.REPORT_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/**
 * SVC-12: the business-management department reads the filed report; its remarks are optional and
 * kept with the report.
 */
@Component
class ReadServiceReportStep extends TaskStep {

  private final ServiceReports reports;
  private final CurrentActor actor;

  ReadServiceReportStep(ServiceReports reports, CurrentActor actor) {
    super(SpecialServiceReportProcess.Element.READ_REPORT, "SVC-12", recorded(QUALITY_NOTE));
    this.reports = reports;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    reports.read(form.process(REPORT_ID), form.text(QUALITY_NOTE), actor.id());
  }
}
