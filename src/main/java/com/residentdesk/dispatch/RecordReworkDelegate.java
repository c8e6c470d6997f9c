package com.residentdesk.dispatch;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseIds;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.intake.ResidentRequestProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * HLP-06/SVC-02: the resident says it is not fixed; the case goes back to its handler as rework.
 */
@Component("recordReworkDelegate")
public class RecordReworkDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;

  public RecordReworkDelegate(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CaseIds.required(execution));
    serviceCase.recordRework();
    caseFiles.record(
        serviceCase.getId(),
        ResidentRequestProcess.Element.RECORD_REWORK,
        "Not fixed: back to the handler (rework " + serviceCase.getReworkCount() + ")",
        null,
        "HLP-06");
  }
}
