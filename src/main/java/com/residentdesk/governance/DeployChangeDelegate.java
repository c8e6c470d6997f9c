package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureChangeProcess.Var.CHANGE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * GOV-01: the approved change is deployed in the approval's transaction, so new cases use it from
 * the moment the manager's approval is saved, and never before.
 */
@Component("deployChangeDelegate")
class DeployChangeDelegate implements JavaDelegate {

  private final ProcedureApprovals approvals;

  DeployChangeDelegate(ProcedureApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approvals.deploy(approvals.change(CHANGE_ID.from(execution)));
  }
}
