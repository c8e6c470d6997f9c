package com.residentdesk.sla;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.system.Privileged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A case's deadline timers and open tasks in the engine, as the desk's own bookkeeping sees them:
 * what a hold parks and moves ({@link DeadlinePauses}) and what a warning reminds ({@link
 * DeadlineWarnings}). A timer is found by the rule its expression names.
 */
@Component
public class DeadlineTimers {

  /** A timer of ours names its rule: {@code ${deadlines.due(caseId, 'CAT-04')}}. */
  private static final Pattern TIMER_RULE =
      Pattern.compile("deadlines\\.due\\(\\s*caseId\\s*,\\s*'([A-Z]+-\\d+)'\\s*\\)");

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final IdentityService identity;

  DeadlineTimers(
      RuntimeService runtime,
      ManagementService management,
      TaskService tasks,
      IdentityService identity) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The case's timer jobs that watch one of the given rules, with the rule each watches. */
  Map<Job, String> timers(ServiceCase serviceCase, Set<String> rules) {
    Map<Job, String> found = new LinkedHashMap<>();
    for (ProcessInstance instance : instances(serviceCase)) {
      for (Job job :
          management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
        JobDefinition definition =
            management
                .createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        if (definition == null || definition.getJobConfiguration() == null) {
          continue;
        }
        Matcher rule = TIMER_RULE.matcher(definition.getJobConfiguration());
        if (rule.find() && rules.contains(rule.group(1))) {
          found.put(job, rule.group(1));
        }
      }
    }
    return found;
  }

  /** The case's process instances (its own and the ones it called), at its property. */
  List<ProcessInstance> instances(ServiceCase serviceCase) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(serviceCase.getCaseNumber())
        .tenantIdIn(serviceCase.getPropertyCode())
        .list();
  }

  /** The case's open tasks, in every process of the case. */
  public List<Task> openTasks(ServiceCase serviceCase) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(serviceCase.getCaseNumber())
        .tenantIdIn(serviceCase.getPropertyCode())
        .list();
  }

  /**
   * The desk's own bookkeeping on the case's jobs and tasks, whoever asked: a clerk may not update
   * another group's timers and tasks. The engine user is set aside for the call, and inside an
   * engine command (a task completed in Tasklist) its checks are switched off too.
   */
  public <T> T asDesk(Supplier<T> work) {
    var user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return Privileged.asSystem(work);
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
