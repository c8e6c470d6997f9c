package com.residentdesk.survey;

/**
 * The {@code survey-schedule} process (processes/survey/, QA-02): each quarter the help-service
 * survey is proposed at every property. Company-wide, without a tenant.
 */
public final class SurveyScheduleProcess {

  public static final String KEY = "survey-schedule";

  public static final class Element {
    public static final String QUARTER_BEGINS = "StartEvent_QuarterBegins";
    public static final String PROPOSE = "Task_ProposeHelpServiceSurveys";

    private Element() {}
  }

  private SurveyScheduleProcess() {}
}
