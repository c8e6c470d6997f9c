package com.residentdesk.provisioning;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.residentdesk.complaint.ComplaintProcess;
import com.residentdesk.emergency.EmergencyResponseProcess;
import com.residentdesk.governance.ProcedureChangeProcess;
import com.residentdesk.governance.ProcedureReviewProcess;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.inquiry.ChallengeProcess;
import com.residentdesk.inquiry.InquiryProcess;
import com.residentdesk.inquiry.SuggestionProcess;
import com.residentdesk.inquiry.UnifiedAnswerProcess;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.intake.StaffQuickReportProcess;
import com.residentdesk.reports.MonthlyEvaluationProcess;
import com.residentdesk.reports.MonthlyEvaluationScheduleProcess;
import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.DeadlinePauseProcess;
import com.residentdesk.specialservice.SamplingProcess;
import com.residentdesk.specialservice.SamplingScheduleProcess;
import com.residentdesk.specialservice.SpecialServiceAgreementProcess;
import com.residentdesk.specialservice.SpecialServiceProcess;
import com.residentdesk.survey.OwnersForumProcess;
import com.residentdesk.system.ConcurrentStartup;
import com.residentdesk.triage.CaseReprioritisationProcess;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The staff groups and what each may do in the engine, created at start-up and kept idempotent.
 * Tasks need no grant here: the engine gives a task's candidate groups and assignee the right to
 * see and work on it, so a group sees only its own work. Auditors and quality read, never write.
 */
@Component
public class EngineAuthorizations {

  /**
   * Processes a resident request calls (and complaints and special services, also started directly
   * from Tasklist).
   */
  private static final List<String> CALLED_PROCESSES =
      List.of(
          EmergencyResponseProcess.KEY,
          ComplaintProcess.KEY,
          SpecialServiceProcess.KEY,
          SpecialServiceAgreementProcess.KEY,
          InquiryProcess.KEY,
          ChallengeProcess.KEY,
          SuggestionProcess.KEY,
          UnifiedAnswerProcess.KEY,
          DeadlineEscalationProcess.KEY,
          DeadlinePauseProcess.KEY);

  /** GOV-01/GOV-02: started by the desk; their tasks go to the manager, owners and participants. */
  private static final List<String> GOVERNANCE_PROCESSES =
      List.of(ProcedureChangeProcess.KEY, ProcedureReviewProcess.KEY);

  /** QA-01: the monthly evaluation, started by its timer; tasks for cs-head and the manager. */
  private static final List<String> REPORT_PROCESSES =
      List.of(
          MonthlyEvaluationProcess.KEY,
          MonthlyEvaluationScheduleProcess.KEY,
          SamplingProcess.KEY,
          SamplingScheduleProcess.KEY);

  /**
   * Issue 14: a supervisor's re-prioritisation (CAT-04) and any staff member's quick report of a
   * request taken verbally (INT-03), started from Tasklist by the groups that may do each.
   */
  private static final java.util.Map<String, List<String>> STARTED_BY =
      java.util.Map.of(
          CaseReprioritisationProcess.KEY, StaffGroups.REPRIORITISE,
          StaffQuickReportProcess.KEY, StaffGroups.TAKE_VERBAL_REQUESTS);

  private static final List<String> PROCESSES =
      Stream.of(
              Stream.of(ResidentRequestProcess.KEY, OwnersForumProcess.KEY),
              STARTED_BY.keySet().stream().sorted(),
              CALLED_PROCESSES.stream(),
              GOVERNANCE_PROCESSES.stream(),
              REPORT_PROCESSES.stream())
          .flatMap(keys -> keys)
          .toList();

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public EngineAuthorizations(
      IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void apply() {
    ConcurrentStartup.converge("Engine authorizations", this::provision);
  }

  private void provision() {
    StaffGroups.STAFF.forEach(this::ensureGroup);
    ensureGroup(StaffGroups.CHANNEL_INTEGRATION, "Channel integrations (web form, app)");
    ensureGroup(StaffGroups.OPERATOR, "IT operations (metrics and health)");

    for (String group : StaffGroups.STAFF.keySet()) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Tasklist shows the process name and diagram of a task only to those who may read the model
      for (String process : PROCESSES) {
        grant(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ);
      }
    }
    for (String group : List.of(StaffGroups.FRONT_DESK, StaffGroups.SUPERVISOR)) {
      // start "Resident request" from Tasklist
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          ResidentRequestProcess.KEY,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      // a request registered in Tasklist calls these processes; complaints are also started
      // directly
      for (String called : CALLED_PROCESSES) {
        grant(
            group,
            Resources.PROCESS_DEFINITION,
            called,
            ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    // QA-08: those who record owners' forums (as POST /api/forums) start one from Tasklist
    for (String group : StaffGroups.RECORD_FORUMS) {
      if (StaffGroups.STAFF.containsKey(group)) {
        grant(
            group,
            Resources.PROCESS_DEFINITION,
            OwnersForumProcess.KEY,
            ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      }
    }
    STARTED_BY.forEach(
        (process, groups) -> {
          for (String group : groups) {
            grant(
                group,
                Resources.PROCESS_DEFINITION,
                process,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
          }
        });
    // process owners maintain the models: they read every definition and the deployed files (to
    // open the version in use in Modeler), never a case; they change nothing in the engine (their
    // Modeler deploy becomes a proposal, governance.ModelerDeploymentServlet)
    grant(
        StaffGroups.PROCESS_OWNER,
        Resources.PROCESS_DEFINITION,
        "*",
        ProcessDefinitionPermissions.READ);
    grant(StaffGroups.PROCESS_OWNER, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(
        StaffGroups.PROCESS_OWNER,
        Resources.DECISION_REQUIREMENTS_DEFINITION,
        "*",
        Permissions.READ);
    grant(StaffGroups.PROCESS_OWNER, Resources.DEPLOYMENT, "*", Permissions.READ);
    for (String group :
        List.of(StaffGroups.AUDITOR, StaffGroups.QUALITY, StaffGroups.CENTRE_MANAGER)) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          "*",
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      grant(group, Resources.TASK, "*", Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
      grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
      grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
    }
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private void grant(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizationService
            .createAuthorizationQuery()
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
      return; // a restart writes nothing, so nodes starting together do not overwrite each other
    }
    Authorization authorization =
        existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
