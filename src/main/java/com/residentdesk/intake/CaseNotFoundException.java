package com.residentdesk.intake;

public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String caseNumber) {
    super("No case " + caseNumber + " that you may see");
  }
}
