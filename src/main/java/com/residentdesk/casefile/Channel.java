package com.residentdesk.casefile;

/** Intake channels of INT-01. */
public enum Channel implements Coded {
  PHONE("phone"),
  EMAIL("email"),
  WALK_IN("walk-in"),
  LETTER("letter"),
  ONLINE("online"),
  APP("app"),
  SECURITY_CONTROL("security-control"),
  PATROL("patrol"),
  SUGGESTION_BOX("suggestion-box");

  private final String code;

  Channel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The resident spoke to staff (a clerk, or staff on patrol or a visit, INT-03), so receipt was
   * acknowledged on the spot (INT-04).
   */
  public boolean isInPerson() {
    return this == PHONE || this == WALK_IN || this == PATROL;
  }
}
