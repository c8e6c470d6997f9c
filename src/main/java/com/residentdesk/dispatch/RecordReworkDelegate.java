package com.residentdesk.dispatch;

import static com.residentdesk.intake.ResidentRequestProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseReworked;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.intake.ResidentRequestProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * HLP-06/SVC-02: the resident says it is not fixed; the case goes back to its handler as rework.
 */
@Component("recordReworkDelegate")
class RecordReworkDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final ApplicationEventPublisher events;

  RecordReworkDelegate(CaseFiles caseFiles, ApplicationEventPublisher events) {
    this.caseFiles = caseFiles;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    serviceCase.recordRework();
    caseFiles.record(
        serviceCase.getId(),
        ResidentRequestProcess.Element.RECORD_REWORK,
        "Not fixed: back to the handler (rework " + serviceCase.getReworkCount() + ")",
        null,
        "HLP-06");
    events.publishEvent(new CaseReworked(serviceCase.getId()));
  }
}
