package com.residentdesk.reports;

import com.residentdesk.property.PropertyTenancy;

/**
 * The {@code kpi-warm-up} process (processes/reports/, QA-01): every hour the closed KPI months not
 * counted yet (each property's month closes at its own midnight), and at night also those changed
 * since, are counted ({@link KpiWarmUp}), so the dashboard's reader finds them counted. A timer job
 * runs on one node of a cluster. The company runs it for itself: no tenant ({@link
 * PropertyTenancy#COMPANY_TIMER_PROCESSES}).
 */
public final class KpiWarmUpProcess {

  public static final String KEY = "kpi-warm-up";

  public static final class Element {
    public static final String HOURLY = "StartEvent_Hourly";
    public static final String COUNT_MONTHS = "Task_CountKpiMonths";
    public static final String COUNTED = "EndEvent_KpiMonthsCounted";

    private Element() {}
  }

  private KpiWarmUpProcess() {}
}
