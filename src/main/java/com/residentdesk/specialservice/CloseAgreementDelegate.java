package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.system.DeskClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SVC-08, SVC-15: the agreement is closed (ended, stopped after notice, or refused) and its case
 * archived; the confirmation sheet keeps the visits agreed and delivered.
 */
@Component("closeAgreementDelegate")
class CloseAgreementDelegate implements JavaDelegate {

  private final Agreements agreements;
  private final CaseFiles caseFiles;
  private final DeskClock clock;

  CloseAgreementDelegate(Agreements agreements, CaseFiles caseFiles, DeskClock clock) {
    this.agreements = agreements;
    this.caseFiles = caseFiles;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.from(execution);
    Agreement agreement = agreements.of(caseId);
    agreement.close(clock.now());
    caseFiles.get(caseId).archive(clock.now());
    caseFiles.record(
        caseId,
        SpecialServiceAgreementProcess.Element.CLOSE_AGREEMENT,
        "Agreement closed: " + agreement.status(),
        "Visits delivered %d of %d agreed"
            .formatted(agreements.visitsOf(agreement.getId()).size(), agreement.getVisitsAgreed()),
        "SVC-15");
  }
}
