package com.residentdesk.intake;

import com.residentdesk.system.NotFoundException;

public class CaseNotFoundException extends NotFoundException {

  public CaseNotFoundException(String caseNumber) {
    super("problem.case.none-visible", caseNumber);
  }
}
