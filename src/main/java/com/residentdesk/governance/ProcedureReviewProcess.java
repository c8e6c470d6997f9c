package com.residentdesk.governance;

import static com.residentdesk.casefile.ProcessVariable.id;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.ProcessVariable;

/**
 * The {@code procedure-review} process (processes/governance/procedure-review.bpmn, GOV-02): one
 * review cycle of one procedure. It waits until the review is due, hears the front desk,
 * engineering and administration, gives the centre manager the review, schedules the next cycle
 * and, where a change is needed, gives the process owner the revision. Its business key is {@code
 * review:<procedure>}.
 */
public final class ProcedureReviewProcess {

  public static final String KEY = "procedure-review";

  public static final class Element {
    public static final String REVIEW_SCHEDULED = "StartEvent_ReviewScheduled";
    public static final String REVIEW_DUE = "Event_ReviewDue";
    public static final String OPEN_REVIEW = "Task_OpenReview";
    public static final String GIVE_REVIEW_VIEW = "Task_GiveReviewView";
    public static final String VIEWS_OVERDUE = "BoundaryEvent_ViewsOverdue";
    public static final String REVIEW_PROCEDURE = "Task_ReviewProcedure";
    public static final String SCHEDULE_NEXT_REVIEW = "Task_ScheduleNextReview";
    public static final String REVISE_PROCEDURE = "Task_ReviseProcedure";
    public static final String NO_CHANGE_NEEDED = "EndEvent_NoChangeNeeded";
    public static final String REVISION_RECORDED = "EndEvent_RevisionRecorded";

    private Element() {}
  }

  public static final class Var {
    /** The procedure reviewed ("triage", or "tenant/triage" for a property's own). */
    public static final ProcessVariable<String> PROCEDURE_REF = string("procedureRef");

    /** The {@link ProcedureReview} record of this cycle, once the review is opened. */
    public static final ProcessVariable<Long> REVIEW_ID = id("procedureReviewId");

    /** The group one participant's view task is offered to (the multi-instance's element). */
    public static final ProcessVariable<String> PARTICIPANT_GROUP = string("participantGroup");

    /** The manager's result: no-change or change-needed. */
    public static final ProcessVariable<String> REVIEW_RESULT = string("reviewResult");

    private Var() {}
  }

  public static final class Field {
    public static final ProcessVariable<String> REVIEW_VIEW = string("reviewView");
    public static final ProcessVariable<String> REVIEW_NOTES = string("reviewNotes");
    public static final ProcessVariable<String> REVISION_NOTE = string("revisionNote");

    private Field() {}
  }

  public static final String NO_CHANGE = "no-change";
  public static final String CHANGE_NEEDED = "change-needed";

  public static String businessKey(String procedureRef) {
    return "review:" + procedureRef;
  }

  private ProcedureReviewProcess() {}
}
