package com.residentdesk.specialservice;

/**
 * The monthly sampling of special services (SVC-09), {@code special-service-sampling-schedule}
 * (processes/specialservice/): a timer on the 1st, no tenant, draws the sample of every property.
 */
public final class SamplingScheduleProcess {

  public static final String KEY = "special-service-sampling-schedule";

  public static final class Element {
    public static final String FIRST_OF_MONTH = "StartEvent_FirstOfMonth";
    public static final String DRAW_SAMPLES = "Task_DrawSamples";
    public static final String SAMPLES_DRAWN = "EndEvent_SamplesDrawn";

    private Element() {}
  }

  private SamplingScheduleProcess() {}
}
