package com.residentdesk.intake;

public class CaseNotFoundException extends com.residentdesk.system.NotFoundException {

  public CaseNotFoundException(String caseNumber) {
    super("No case " + caseNumber + " that you may see");
  }
}
