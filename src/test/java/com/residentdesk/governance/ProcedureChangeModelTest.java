package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureChangeProcess.Element.*;
import static com.residentdesk.governance.ProcedureChangeProcess.Var.CHANGE_ID;
import static com.residentdesk.governance.ProcedureChangeProcess.Var.DECISION;
import static com.residentdesk.governance.ProcedureChangeProcess.Var.MIGRATE_CASES;
import static com.residentdesk.governance.ProcedureChangeProcess.Var.PROPOSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.support.ModelTestSupport;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * procedure-change: the centre manager decides; approved, the change is deployed and running cases
 * migrated only when asked (after the approval is saved); rejected, the proposer reads why.
 */
class ProcedureChangeModelTest extends ModelTestSupport {

  private ProcessInstance proposed() {
    ProcessInstance pi = start(ProcedureChangeProcess.KEY, CHANGE_ID.of(17L), PROPOSER.of("owner"));
    assertThat(pi).isWaitingAt(APPROVE_CHANGE);
    assertThat(pi).task().hasCandidateGroup(StaffGroups.CENTRE_MANAGER);
    return pi;
  }

  @Test
  void anApprovedChangeIsDeployedAndRunningCasesStayOnTheirVersion_GOV01() {
    ProcessInstance pi = proposed();

    complete(
        pi, APPROVE_CHANGE, DECISION.of(ProcedureChangeProcess.APPROVE), MIGRATE_CASES.of(false));

    assertThat(pi)
        .isEnded()
        .hasPassed(DEPLOY_CHANGE, CHANGE_IN_EFFECT)
        .hasNotPassed(ProcedureChangeProcess.Element.MIGRATE_CASES);
    assertThat(delegatesRun).containsExactly("deployChangeDelegate");
  }

  @Test
  void runningCasesAreMigratedAfterTheApprovalIsSavedWhenTheManagerAsks_GOV01() {
    ProcessInstance pi = proposed();

    complete(
        pi, APPROVE_CHANGE, DECISION.of(ProcedureChangeProcess.APPROVE), MIGRATE_CASES.of(true));

    assertThat(pi)
        .hasPassed(DEPLOY_CHANGE)
        .isWaitingAt(ProcedureChangeProcess.Element.MIGRATE_CASES);
    assertThat(delegatesRun).containsExactly("deployChangeDelegate");
    Job migration =
        engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    fire(migration);
    assertThat(pi)
        .isEnded()
        .hasPassed(ProcedureChangeProcess.Element.MIGRATE_CASES, CHANGE_IN_EFFECT);
    assertThat(delegatesRun).containsExactly("deployChangeDelegate", "migrateCasesDelegate");
  }

  @Test
  void aRejectedChangeIsNeverDeployedAndGoesBackToItsProposer_GOV01() {
    ProcessInstance pi = proposed();

    complete(
        pi, APPROVE_CHANGE, DECISION.of(ProcedureChangeProcess.REJECT), MIGRATE_CASES.of(false));

    assertThat(pi).isWaitingAt(READ_REJECTION).hasNotPassed(DEPLOY_CHANGE);
    assertThat(pi).task().isAssignedTo("owner");
    complete(pi, READ_REJECTION);
    assertThat(pi).isEnded().hasPassed(CHANGE_REJECTED);
    assertThat(delegatesRun).isEmpty();
  }
}
