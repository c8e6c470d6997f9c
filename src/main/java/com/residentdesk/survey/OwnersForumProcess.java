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

  /**
   * One follow-up to correct on the start form: what, which department, by which day. The form has
   * {@link Field#CORRECTION_ROWS} of them; a row is filled in whole or left empty.
   */
  public record CorrectionRow(
      int number,
      ProcessVariable<String> description,
      ProcessVariable<String> owner,
      ProcessVariable<String> due) {

    List<ProcessVariable<String>> fields() {
      return List.of(description, owner, due);
    }
  }

  /** The start form's fields (form record-owners-forum). */
  public static final class Field {
    public static final ProcessVariable<String> THEME = string("forumTheme");
    public static final ProcessVariable<String> HELD_AT = string("forumHeldAt");
    public static final ProcessVariable<String> ATTENDEES = string("forumAttendees");
    public static final ProcessVariable<String> OPINIONS = string("forumOpinions");
    public static final ProcessVariable<String> FOLLOW_UP = string("forumFollowUp");

    /** The first row keeps its names of old: forumCorrection, forumCorrectionOwner, ...Due. */
    public static final ProcessVariable<String> CORRECTION = string("forumCorrection");

    public static final ProcessVariable<String> CORRECTION_OWNER = string("forumCorrectionOwner");
    public static final ProcessVariable<String> CORRECTION_DUE = string("forumCorrectionDue");

    /** How many follow-ups to correct the form offers. */
    public static final int CORRECTION_ROWS = 5;

    /** Row 1, then forumCorrection2 / forumCorrection2Owner / forumCorrection2Due, ... */
    public static final List<CorrectionRow> CORRECTIONS = corrections();

    public static final List<ProcessVariable<String>> ALL = all();

    private static List<CorrectionRow> corrections() {
      List<CorrectionRow> rows = new java.util.ArrayList<>();
      rows.add(new CorrectionRow(1, CORRECTION, CORRECTION_OWNER, CORRECTION_DUE));
      for (int n = 2; n <= CORRECTION_ROWS; n++) {
        String base = "forumCorrection" + n;
        rows.add(new CorrectionRow(n, string(base), string(base + "Owner"), string(base + "Due")));
      }
      return List.copyOf(rows);
    }

    private static List<ProcessVariable<String>> all() {
      List<ProcessVariable<String>> all =
          new java.util.ArrayList<>(List.of(THEME, HELD_AT, ATTENDEES, OPINIONS, FOLLOW_UP));
      CORRECTIONS.forEach(row -> all.addAll(row.fields()));
      return List.copyOf(all);
    }

    private Field() {}
  }

  public static String businessKey(long forumId) {
    return "forum:" + forumId;
  }

  private OwnersForumProcess() {}
}
