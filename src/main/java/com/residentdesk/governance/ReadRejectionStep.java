package com.residentdesk.governance;

import com.residentdesk.casefile.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * GOV-01: the process owner reads why their change was not approved (the form shows the manager's
 * reason); completing the task records that they did. Nothing else changes.
 */
@Component
class ReadRejectionStep extends GovernanceStep {

  ReadRejectionStep(CurrentActor actor) {
    super(ProcedureChangeProcess.Element.READ_REJECTION, "GOV-01", actor);
  }
}
