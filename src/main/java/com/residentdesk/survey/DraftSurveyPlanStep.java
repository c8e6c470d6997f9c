package com.residentdesk.survey;

import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.OPENS_ON;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.PURPOSE;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.SAMPLE_PERCENT;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.SERVICES;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.STAFF;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.TARGET_UNITS;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.WINDOW_DAYS;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Var.SURVEY_ID;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/**
 * QA-03, QA-04: customer service drafts the survey's plan: purpose, target households, the
 * questionnaire, scope and quantity, dates and staff. It then goes to the approval chain.
 */
@Component
class DraftSurveyPlanStep extends TaskStep {

  private final SatisfactionSurveys surveys;

  DraftSurveyPlanStep(SatisfactionSurveys surveys) {
    super(
        SatisfactionSurveyProcess.Element.DRAFT_PLAN,
        "QA-03",
        recorded(PURPOSE),
        recorded(SERVICES),
        recorded(TARGET_UNITS),
        recorded(SAMPLE_PERCENT),
        recorded(OPENS_ON),
        recorded(WINDOW_DAYS),
        recorded(STAFF));
    this.surveys = surveys;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    String questionnaire =
        form.oneOf(SERVICES, "问卷 (questionnaire)", SurveyServices.QUESTIONNAIRES.keySet());
    surveys.plan(
        form.process(SURVEY_ID),
        form.required(PURPOSE, "调查目的 (purpose)"),
        SurveyServices.QUESTIONNAIRES.get(questionnaire),
        form.text(TARGET_UNITS),
        form.count(SAMPLE_PERCENT, 1),
        form.date(OPENS_ON, "开始日期 (first day)"),
        form.count(WINDOW_DAYS, 1),
        form.required(STAFF, "调查人员 (staff)"));
  }
}
