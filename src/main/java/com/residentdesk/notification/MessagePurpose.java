package com.residentdesk.notification;

public enum MessagePurpose {
  /** INT-04: the resident is told the request was received. */
  ACKNOWLEDGEMENT,
  /** HLP-07: written feedback after completion. */
  WRITTEN_FEEDBACK,
  /** HLP-08: the resident is told the case waits (and for what) and when it continues. */
  PROGRESS_UPDATE,
  /** Issue 14: a deadline used a warning fraction of its time; the task's assignee is told. */
  DEADLINE_WARNING,
  /** A deadline was missed: the escalation group is told. */
  DEADLINE_BREACH,
  /** EMG-01: the on-duty supervisors and the centre manager are alerted. */
  EMERGENCY_ALERT,
  /** CMP-01/CMP-05: confirmation of receipt, the decision, the appeal outcome, in writing. */
  COMPLAINT_LETTER,
  /**
   * SUG-01/SUG-04, CHA-02: thanks, decisions, updates and replies on suggestions and challenges.
   */
  TOPIC_REPLY,
  /**
   * GOV-01/GOV-02: a process owner learns how their change was decided, or that a review needs it.
   */
  PROCEDURE_CHANGE,
  /** HLP-08: the resident's link to follow the case, by text message. */
  PROGRESS_LINK,
  /** HLP-08: the resident is told that the expected completion moved or is at risk. */
  PROGRESS_NOTICE,
  /**
   * SVC-07/SVC-13: the staff who deliver a special service learn of its booking at once; an
   * unsatisfactory service is reported upward at once.
   */
  SPECIAL_SERVICE,
  /** QA-04: a satisfaction questionnaire's link; QA-05: a callback after a correction. */
  SATISFACTION_SURVEY
}
