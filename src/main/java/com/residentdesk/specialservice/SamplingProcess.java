package com.residentdesk.specialservice;

import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.ProcessVariable;

/**
 * The callback of one household drawn in the monthly sampling of special services (SVC-09), {@code
 * special-service-sampling-callback} (processes/specialservice/); the draw is {@link
 * SamplingScheduleProcess}.
 */
public final class SamplingProcess {

  public static final String KEY = "special-service-sampling-callback";

  public static final class Element {
    public static final String CALL_BACK = "Task_SamplingCallback";
    public static final String SATISFIED = "Gateway_SamplingSatisfied";
    public static final String FOLLOW_UP = "Task_FollowUpSampling";
    public static final String CALLBACK_DONE = "EndEvent_SamplingCallbackDone";
    public static final String FOLLOWED_UP = "EndEvent_SamplingFollowedUp";

    private Element() {}
  }

  public static final class Var {
    /** The sampled household's record (special_service_sampling.id). */
    public static final ProcessVariable<Long> SAMPLING_ID = ProcessVariable.id("samplingId");

    /** "satisfied" or "unsatisfied": the household's answer. */
    public static final ProcessVariable<String> SATISFACTION = string("samplingSatisfaction");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> METHOD = string("samplingMethod");
    public static final ProcessVariable<String> REASON = string("unsatisfiedReason");
    public static final ProcessVariable<String> OTHER_SERVICES = string("otherServicesWanted");
    public static final ProcessVariable<String> FOLLOW_UP = string("samplingFollowUp");

    private Field() {}
  }

  private SamplingProcess() {}
}
