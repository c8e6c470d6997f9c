package com.residentdesk.survey;

import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.COMMON_OPINIONS;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.REPORT;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Var.SURVEY_ID;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** QA-05: the customer-service head writes the common opinions and the report to the manager. */
@Component
class ReportSurveyResultsStep extends TaskStep {

  private final SatisfactionSurveys surveys;

  ReportSurveyResultsStep(SatisfactionSurveys surveys) {
    super(
        SatisfactionSurveyProcess.Element.REPORT_RESULTS,
        "QA-05",
        recorded(COMMON_OPINIONS),
        recorded(REPORT));
    this.surveys = surveys;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    surveys.report(
        form.process(SURVEY_ID),
        form.required(COMMON_OPINIONS, "共性意见 (common opinions)"),
        form.required(REPORT, "调查报告 (report)"));
  }
}
