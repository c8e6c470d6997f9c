package com.residentdesk.casefile;

public enum CaseStatus {
  REGISTERED,
  TRIAGED,
  DISPATCHED,
  HANDLED,
  CONFIRMED,
  FEEDBACK_SENT,
  CALLED_BACK,
  ARCHIVED
}
