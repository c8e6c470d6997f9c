package com.residentdesk.dispatch;

import static com.residentdesk.casefile.CaseVariables.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people a dispatcher may pick on the front-desk and dispatch forms, read when the form is
 * opened (Tasklist's {@code scripts/desk-handler-choices.js}). Built here rather than when the task
 * is created, the list costs the intake nothing (issue 15: nine statements per intake). The task
 * must be one the caller may see in Tasklist (the engine's authorization and property checks);
 * another is not found.
 */
@RestController
class HandlerChoicesController {

  private static final Set<String> PICK_TASKS =
      Set.of(
          ResidentRequestProcess.Element.FRONT_DESK_REVIEW,
          ResidentRequestProcess.Element.ASSIGN_HANDLER);

  private final TaskService tasks;
  private final CaseFiles caseFiles;
  private final HandlerChoices choices;
  private final IdentityService identity;
  private final PropertyMemberships memberships;

  HandlerChoicesController(
      TaskService tasks,
      CaseFiles caseFiles,
      HandlerChoices choices,
      IdentityService identity,
      PropertyMemberships memberships) {
    this.tasks = tasks;
    this.caseFiles = caseFiles;
    this.choices = choices;
    this.identity = identity;
    this.memberships = memberships;
  }

  @Operation(
      summary =
          "The handling group's people at the case's property, the one on duty first: whom the"
              + " front desk may notify, or the dispatcher send")
  @GetMapping("/api/tasks/{taskId}/handler-choices")
  List<HandlerChoices.Choice> handlerChoices(@PathVariable String taskId, Authentication user) {
    Task task = visibleTask(taskId, user);
    if (task == null || !PICK_TASKS.contains(task.getTaskDefinitionKey())) {
      throw new NotFoundException("problem.task.none-visible", taskId);
    }
    Long caseId = CASE_ID.read(tasks.getVariable(taskId, CASE_ID.name()));
    return choices.choices(caseFiles.get(caseId));
  }

  /** The task as Tasklist finds it for the caller: with their groups' grants and properties. */
  private Task visibleTask(String taskId, Authentication user) {
    List<String> groups =
        user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    identity.setAuthentication(user.getName(), groups, memberships.propertiesOf(user.getName()));
    try {
      return tasks.createTaskQuery().taskId(taskId).singleResult();
    } finally {
      identity.clearAuthentication();
    }
  }
}
