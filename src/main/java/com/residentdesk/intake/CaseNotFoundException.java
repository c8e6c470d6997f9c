package com.residentdesk.intake;

import com.residentdesk.system.NotFoundException;

public class CaseNotFoundException extends NotFoundException {

  public CaseNotFoundException(String caseNumber) {
    super("No case " + caseNumber + " that you may see");
  }
}
