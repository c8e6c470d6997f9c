package com.residentdesk.governance;

import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/**
 * GOV-01: the process owner reads why their change was not approved (the form shows the manager's
 * reason); completing the task records that they did. Nothing else changes.
 */
@Component
class ReadRejectionStep extends TaskStep {

  ReadRejectionStep() {
    super(ProcedureChangeProcess.Element.READ_REJECTION, "GOV-01");
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }
}
