package com.residentdesk.reports;

import com.residentdesk.property.PropertyTenancy;

/**
 * The {@code monthly-evaluation-schedule} process (processes/reports/, QA-01): a timer on the 1st
 * of every month opens each property's {@link MonthlyEvaluationProcess} for the month just ended.
 * The company runs it for itself: it has no tenant ({@link
 * PropertyTenancy#COMPANY_TIMER_PROCESSES}).
 */
public final class MonthlyEvaluationScheduleProcess {

  public static final String KEY = "monthly-evaluation-schedule";

  public static final class Element {
    public static final String FIRST_OF_MONTH = "StartEvent_FirstOfMonth";
    public static final String OPEN_EVALUATIONS = "Task_OpenMonthlyEvaluations";
    public static final String EVALUATIONS_OPENED = "EndEvent_EvaluationsOpened";

    private Element() {}
  }

  private MonthlyEvaluationScheduleProcess() {}
}
