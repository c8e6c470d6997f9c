package com.residentdesk.sla;

import static com.residentdesk.casefile.ProcessVariable.id;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code deadline-pause} process (processes/sla/deadline-pause.bpmn): one hold on a case's
 * running deadlines, from the moment it is put on until it is taken off; a hold longer than {@code
 * desk.pause.limit} is put to the property's supervisor.
 */
public final class DeadlinePauseProcess {

  public static final String KEY = "deadline-pause";

  public static final class Element {
    public static final String PAUSE_REQUESTED = "StartEvent_PauseRequested";
    public static final String PAUSE_DEADLINES = "Task_PauseDeadlines";
    public static final String RESUME_DEADLINES = "Task_ResumeDeadlines";
    public static final String DEADLINES_RESUMED = "EndEvent_DeadlinesResumed";
    public static final String PAUSE_TOO_LONG = "BoundaryEvent_PauseTooLong";
    public static final String RECORD_LONG_PAUSE = "Task_RecordLongPause";
    public static final String REVIEW_LONG_PAUSE = "Task_ReviewLongPause";
    public static final String LONG_PAUSE_REVIEWED = "EndEvent_LongPauseReviewed";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> CASE_ID = CaseVariables.CASE_ID;
    public static final ProcessVariable<Integer> TASK_PRIORITY = CaseVariables.TASK_PRIORITY;
    public static final ProcessVariable<String> HANDLING_GROUP = CaseVariables.HANDLING_GROUP;

    /** The hold (a {@link DeadlinePause} row) this instance watches. */
    public static final ProcessVariable<Long> PAUSE_ID = id("pauseId");

    private Var() {}
  }

  public static final class Field {
    /** The start form (a clerk in Tasklist) names the case by its number; the API by its id. */
    public static final ProcessVariable<String> CASE_NUMBER = CaseVariables.CASE_NUMBER;

    public static final ProcessVariable<String> PAUSE_REASON = string("pauseReason");
    public static final ProcessVariable<String> PAUSE_NOTE = string("pauseNote");

    /** ISO-8601 with offset, as Tasklist's datetime field sends it; optional. */
    public static final ProcessVariable<String> EXPECTED_RESUME_AT = string("expectedResumeAt");

    public static final ProcessVariable<String> RESUME_NOTE = string("resumeNote");
    public static final ProcessVariable<String> LONG_PAUSE_NOTE = string("longPauseNote");

    private Field() {}
  }

  private DeadlinePauseProcess() {}
}
