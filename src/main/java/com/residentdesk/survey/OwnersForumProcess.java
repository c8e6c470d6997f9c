package com.residentdesk.survey;

import static com.residentdesk.casefile.ProcessVariable.id;
import static com.residentdesk.casefile.ProcessVariable.string;

import com.residentdesk.casefile.ProcessVariable;
import java.util.List;

/**
 * An owners' forum recorded in Tasklist (QA-08; processes/survey/, the property is its tenant):
 * staff fill in the start form after the forum, and its one step records it through {@link
 * OwnersForums}, as {@code POST /api/forums} does; a follow-up to correct becomes a corrective
 * action. Only the forum's id stays in the process. Business key {@code forum:<id>}.
 */
public final class OwnersForumProcess {

  public static final String KEY = "owners-forum";

  public static final class Element {
    public static final String HELD = "StartEvent_ForumHeld";
    public static final String RECORD = "Task_RecordForum";
    public static final String RECORDED = "EndEvent_ForumRecorded";

    private Element() {}
  }

  public static final class Var {
    public static final ProcessVariable<Long> FORUM_ID = id("forumId");

    private Var() {}
  }

  /** The start form's fields (form record-owners-forum). */
  public static final class Field {
    public static final ProcessVariable<String> THEME = string("forumTheme");
    public static final ProcessVariable<String> HELD_AT = string("forumHeldAt");
    public static final ProcessVariable<String> ATTENDEES = string("forumAttendees");
    public static final ProcessVariable<String> OPINIONS = string("forumOpinions");
    public static final ProcessVariable<String> FOLLOW_UP = string("forumFollowUp");
    public static final ProcessVariable<String> CORRECTION = string("forumCorrection");
    public static final ProcessVariable<String> CORRECTION_OWNER = string("forumCorrectionOwner");
    public static final ProcessVariable<String> CORRECTION_DUE = string("forumCorrectionDue");

    public static final List<ProcessVariable<String>> ALL =
        List.of(
            THEME,
            HELD_AT,
            ATTENDEES,
            OPINIONS,
            FOLLOW_UP,
            CORRECTION,
            CORRECTION_OWNER,
            CORRECTION_DUE);

    private Field() {}
  }

  public static String businessKey(long forumId) {
    return "forum:" + forumId;
  }

  private OwnersForumProcess() {}
}
