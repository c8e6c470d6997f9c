package com.residentdesk.provisioning;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.system.ConcurrentStartup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The work queue in Tasklist: per group "team queue" and "overdue" filters plus one shared
 * "assigned to me", each sorted by priority then due date and visible only to the groups it is for.
 * Created at start-up; a filter that already exists (by name) is updated, never duplicated.
 */
@Component
public class TasklistFilters {

  static final String ASSIGNED_TO_ME = "Assigned to me";
  static final String ALL_OPEN_TASKS = "All open tasks (read only)";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilters(
      FilterService filterService,
      TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  public void apply() {
    ConcurrentStartup.converge("Tasklist filters", this::provision);
  }

  /**
   * Tasklist opens the visible filter with the lowest priority value first: a clerk lands on the
   * team queue, where the work is, not on an "Assigned to me" that is empty until they claim
   * something. Team queues come first, then the overdue views, then the personal and read-only
   * ones.
   */
  private void provision() {
    int order = 0;
    for (Map.Entry<String, String> group : StaffGroups.STAFF.entrySet()) {
      String id = group.getKey();
      ensure(
          teamQueueName(group.getValue()),
          "Everything offered to " + id + ", most urgent first",
          byUrgency(taskService.createTaskQuery().taskCandidateGroup(id).includeAssignedTasks()),
          order++,
          List.of(id));
    }
    for (Map.Entry<String, String> group : StaffGroups.STAFF.entrySet()) {
      String id = group.getKey();
      ensure(
          overdueName(group.getValue()),
          "Tasks of " + id + " past their due date",
          byUrgency(
              taskService
                  .createTaskQuery()
                  .taskCandidateGroup(id)
                  .includeAssignedTasks()
                  .dueBeforeExpression("${now()}")),
          order++,
          List.of(id));
    }
    ensure(
        ASSIGNED_TO_ME,
        "Tasks you have claimed or were given, most urgent first",
        byUrgency(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
        order++,
        List.copyOf(StaffGroups.STAFF.keySet()));
    ensure(
        ALL_OPEN_TASKS,
        "Every open task, for reading: auditors and quality change nothing",
        byUrgency(taskService.createTaskQuery()),
        order,
        StaffGroups.READ_ONLY_OVERSIGHT);
  }

  static String teamQueueName(String groupName) {
    return groupName + ": team queue";
  }

  static String overdueName(String groupName) {
    return groupName + ": overdue";
  }

  private static TaskQuery byUrgency(TaskQuery query) {
    return query.orderByTaskPriority().desc().orderByDueDate().asc();
  }

  private void ensure(
      String name, String description, TaskQuery query, int order, List<String> groups) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", order);
    properties.put("refresh", true);
    filter.setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);
    for (String group : groups) {
      grantRead(filter.getId(), group);
    }
  }

  private void grantRead(String filterId, String group) {
    boolean granted =
        authorizationService
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(Resources.FILTER)
                .resourceId(filterId)
                .count()
            > 0;
    if (!granted) {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
