package com.residentdesk.survey;

import static com.residentdesk.survey.SatisfactionSurveyProcess.Field.READ_NOTE;
import static com.residentdesk.survey.SatisfactionSurveyProcess.Var.SURVEY_ID;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** QA-05: the centre manager reads the survey's report; the corrective actions follow. */
@Component
class ReadSurveyReportStep extends TaskStep {

  private final SatisfactionSurveys surveys;
  private final CurrentActor actor;

  ReadSurveyReportStep(SatisfactionSurveys surveys, CurrentActor actor) {
    super(SatisfactionSurveyProcess.Element.READ_REPORT, "QA-05", recorded(READ_NOTE));
    this.surveys = surveys;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    surveys.read(form.process(SURVEY_ID), form.text(READ_NOTE), actor.id());
  }
}
