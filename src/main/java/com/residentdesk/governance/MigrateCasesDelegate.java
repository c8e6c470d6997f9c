package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureChangeProcess.Var.CHANGE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * GOV-01: at the manager's request, running cases of the replaced versions move to the approved one
 * where Camunda's migration validates for them; the rest finish on their version. Runs after the
 * approval is saved (asynchronous continuation), so the new version exists to migrate to.
 */
@Component("migrateCasesDelegate")
class MigrateCasesDelegate implements JavaDelegate {

  private final ProcedureApprovals approvals;

  MigrateCasesDelegate(ProcedureApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approvals.migrate(approvals.change(CHANGE_ID.from(execution)));
  }
}
