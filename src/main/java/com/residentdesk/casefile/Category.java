package com.residentdesk.casefile;

/** Help categories of CAT-01, plus challenge, suggestion and paid special service. */
public enum Category implements Coded {
  MEDICAL_EMERGENCY("medical-emergency"),
  REPAIR("repair"),
  COMPLAINT("complaint"),
  INQUIRY("inquiry"),
  PUBLIC_SAFETY("public-safety"),
  DISASTER("disaster"),
  EVERYDAY_HELP("everyday-help"),
  CHALLENGE("challenge"),
  SUGGESTION("suggestion"),
  SPECIAL_SERVICE("special-service");

  private final String code;

  Category(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
