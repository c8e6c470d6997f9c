package com.residentdesk.governance;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.support.DeskFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * For tests of other capabilities that need other models in the engine: the only way there is a
 * procedure change, proposed by the process owner as Camunda Modeler deploys it and approved by the
 * centre manager (of the property, for a property's variant) in Tasklist.
 */
public final class ApprovedChanges {

  private ApprovedChanges() {}

  /**
   * @param files file name (as Modeler sends it) to content
   * @param manager the centre manager who approves (a member of the tenant for a variant)
   * @return the id of the deployment the approval made
   */
  public static String approve(
      ApplicationContext context,
      String tenantId,
      String reason,
      Map<String, String> files,
      String manager) {
    List<ProcedureProposals.Upload> uploads =
        files.entrySet().stream()
            .map(
                file ->
                    new ProcedureProposals.Upload(
                        file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8)))
            .toList();
    ProcedureChange change;
    try {
      change =
          context
              .getBean(ProcedureProposals.class)
              .propose(new ProcedureProposals.Submission("owner", reason, tenantId, uploads));
    } catch (ProposalRefused refused) {
      throw new AssertionError("Proposal refused: " + refused.code(), refused);
    }
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    Task approval =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(ProcedureChangeProcess.businessKey(change.getId()))
            .singleResult();
    IdentityService identity = engine.getIdentityService();
    DeskFixture.signIn(identity, manager, List.of(StaffGroups.CENTRE_MANAGER));
    try {
      engine
          .getTaskService()
          .complete(
              approval.getId(),
              Map.of(
                  ProcedureChangeProcess.Var.DECISION.name(),
                  ProcedureChangeProcess.APPROVE,
                  ProcedureChangeProcess.Field.DECISION_NOTE.name(),
                  "同意"));
    } finally {
      identity.clearAuthentication();
    }
    return context.getBean(ProcedureApprovals.class).change(change.getId()).getDeploymentId();
  }
}
