package com.residentdesk.provisioning;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyCreated;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.ConcurrentStartup;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The work queue in Tasklist: per group "team queue" and "overdue" filters plus a shared "due soon"
 * (warned before the deadline, not yet overdue) and "assigned to me", each sorted by priority then
 * due date and visible only to the groups it is for. The engine's tenant check keeps each of them
 * to the properties the user works for. When the company has more than one property, each property
 * also gets a queue of its own (everything offered to the user's groups there), shown to those of
 * the property's staff group who also work for another property. Created at start-up and when a
 * property is added; a filter that already exists (by name, or a property's by its code) is
 * updated, never duplicated.
 *
 * <p><em>Why not to every member of the property:</em> for someone who works for one property the
 * queue repeats their team queues, and the engine's tenant check then puts the same {@code
 * tenant_id_} condition into the query twice; PostgreSQL multiplies the two estimates, takes the
 * property's tasks for a few and joins each with every per-task authorization row in a nested loop:
 * 2.1 s for a clerk's first page at 20 properties against 0.2 s for the team queue (BENCHMARKS.md,
 * 4a). Who works for several properties is settled at start-up and when a property is added; a
 * membership changed in Camunda Admin shows or hides the queue at the next of those (it only shows
 * or hides a view: which tasks a user may see is the engine's authorizations and tenant check).
 */
@Component
public class TasklistFilters {

  static final String ASSIGNED_TO_ME = "我的任务 (Assigned to me)";
  static final String ALL_OPEN_TASKS = "全部待办，只读 (All open tasks, read only)";
  static final String DUE_SOON = "即将超时 (Due soon)";

  /** The names the filters had before they were Chinese: renamed in place, never duplicated. */
  private static final Map<String, String> FORMER_NAMES =
      Map.of(ASSIGNED_TO_ME, "Assigned to me", ALL_OPEN_TASKS, "All open tasks (read only)");

  /** The groups as staff call them; the English name (StaffGroups.STAFF) follows. */
  private static final Map<String, String> CHINESE =
      Map.ofEntries(
          Map.entry(StaffGroups.FRONT_DESK, "前台"),
          Map.entry(StaffGroups.SUPERVISOR, "服务中心主管"),
          Map.entry(StaffGroups.REGIONAL_MANAGER, "区域客户经理"),
          Map.entry(StaffGroups.CS_HEAD, "客服主管"),
          Map.entry(StaffGroups.CENTRE_MANAGER, "服务中心经理"),
          Map.entry(StaffGroups.ENGINEERING, "工程部"),
          Map.entry(StaffGroups.SECURITY, "保安部"),
          Map.entry(StaffGroups.RECORDS, "档案行政"),
          Map.entry(StaffGroups.QUALITY, "品质部"),
          Map.entry(StaffGroups.AUDITOR, "审计"),
          Map.entry(StaffGroups.PROCESS_OWNER, "流程负责人"),
          Map.entry(StaffGroups.SECURITY_CONTROL, "安防监控中心"));

  /** The filter property that marks a property's own queue with the property's code. */
  static final String PROPERTY_CODE = "propertyCode";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final PropertyDirectory properties;
  private final IdentityService identityService;
  private final PropertyMemberships memberships;

  public TasklistFilters(
      FilterService filterService,
      TaskService taskService,
      AuthorizationService authorizationService,
      PropertyDirectory properties,
      IdentityService identityService,
      PropertyMemberships memberships) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.properties = properties;
    this.identityService = identityService;
    this.memberships = memberships;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  public void apply() {
    ConcurrentStartup.converge("Tasklist filters", this::provision);
  }

  /** After the new property's tenant and group (PropertyTenants). */
  @EventListener
  @Order(2)
  public void added(PropertyCreated created) {
    propertyQueues();
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
          teamQueueName(id),
          group.getValue() + ": everything offered to " + id + ", most urgent first",
          CHINESE.get(id) + "：本组的全部待办，最紧急的在前",
          group.getValue() + ": team queue",
          byUrgency(taskService.createTaskQuery().taskCandidateGroup(id).includeAssignedTasks()),
          order++,
          List.of(id));
    }
    for (Map.Entry<String, String> group : StaffGroups.STAFF.entrySet()) {
      String id = group.getKey();
      ensure(
          overdueName(id),
          group.getValue() + ": tasks of " + id + " past their due date",
          CHINESE.get(id) + "：已过办理时限的任务",
          group.getValue() + ": overdue",
          byUrgency(
              taskService
                  .createTaskQuery()
                  .taskCandidateGroup(id)
                  .includeAssignedTasks()
                  .dueBeforeExpression("${now()}")),
          order++,
          List.of(id));
    }
    // issue 14: a deadline's warning (sla.DeadlineWarnings, desk.deadline.warnings) sets the
    // follow-up date of the tasks it watches; warned and not yet overdue is "due soon"
    ensure(
        DUE_SOON,
        "Tasks of your groups and your own that were warned before their deadline and are not"
            + " overdue yet, most urgent first",
        "已收到期限提醒、尚未超时的本组任务和您的任务，最紧急的在前",
        DUE_SOON,
        byUrgency(
            taskService
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .followUpBeforeExpression("${now()}")
                .dueAfterExpression("${now()}")),
        order++,
        StaffGroups.STAFF.keySet().stream()
            .filter(group -> !StaffGroups.READ_ONLY_OVERSIGHT.contains(group))
            .toList());
    ensure(
        ASSIGNED_TO_ME,
        "Tasks you have claimed or were given, most urgent first",
        "您认领的或分派给您的任务，最紧急的在前",
        FORMER_NAMES.get(ASSIGNED_TO_ME),
        byUrgency(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
        order++,
        List.copyOf(StaffGroups.STAFF.keySet()));
    ensure(
        ALL_OPEN_TASKS,
        "Every open task, for reading: auditors and quality change nothing",
        "全部未办结的任务，只供查阅：审计和品质部不作改动",
        FORMER_NAMES.get(ALL_OPEN_TASKS),
        byUrgency(taskService.createTaskQuery()),
        order,
        StaffGroups.READ_ONLY_OVERSIGHT);
    propertyQueues();
  }

  /**
   * One queue per property, after the groups' own, for staff who work for several; none while there
   * is one property.
   */
  private void propertyQueues() {
    List<PropertyDirectory.Settings> all = properties.all();
    if (all.size() < 2) {
      return;
    }
    int order = 3 + 2 * StaffGroups.STAFF.size();
    for (PropertyDirectory.Settings property : all) {
      TaskQuery query =
          taskService
              .createTaskQuery()
              .taskCandidateGroupInExpression("${currentUserGroups()}")
              .includeAssignedTasks()
              .tenantIdIn(property.code());
      Filter filter =
          filterService.createTaskFilterQuery().list().stream()
              .filter(f -> property.code().equals(f.getProperties().get(PROPERTY_CODE)))
              .findFirst()
              .orElseGet(() -> filterService.newTaskFilter(propertyQueueName(property.name())));
      filter.setName(propertyQueueName(property.name()));
      save(
          filter,
          property.name() + "：您所在各组的全部待办，最紧急的在前 (everything offered to your groups)",
          byUrgency(query),
          order++,
          List.of(),
          Map.of(PROPERTY_CODE, property.code()));
      showTo(
          filter.getId(),
          identityService
              .createUserQuery()
              .memberOfGroup(StaffGroups.propertyGroup(property.code()))
              .list()
              .stream()
              .map(User::getId)
              .filter(user -> memberships.propertiesOf(user).size() > 1)
              .collect(Collectors.toSet()));
    }
  }

  /**
   * The property's queue is readable by exactly these users: grants are added and taken away, and
   * the grant to the property's whole staff group that earlier releases gave is taken away.
   */
  private void showTo(String filterId, Set<String> users) {
    Set<String> granted = new HashSet<>();
    for (Authorization grant :
        authorizationService
            .createAuthorizationQuery()
            .resourceType(Resources.FILTER)
            .resourceId(filterId)
            .list()) {
      if (grant.getUserId() != null && users.contains(grant.getUserId())) {
        granted.add(grant.getUserId());
      } else {
        authorizationService.deleteAuthorization(grant.getId());
      }
    }
    for (String user : users) {
      if (!granted.contains(user)) {
        newReadGrant(filterId, grant -> grant.setUserId(user));
      }
    }
  }

  /** The name of a property's own queue in Tasklist. */
  public static String propertyQueueName(String propertyName) {
    return propertyName + " · 本组待办";
  }

  /** "工程部 · 本组待办 (Engineering: team queue)": Chinese first, the English staff know beside it. */
  static String teamQueueName(String groupId) {
    return CHINESE.get(groupId) + " · 本组待办 (" + StaffGroups.STAFF.get(groupId) + ": team queue)";
  }

  static String overdueName(String groupId) {
    return CHINESE.get(groupId) + " · 已超时 (" + StaffGroups.STAFF.get(groupId) + ": overdue)";
  }

  private static TaskQuery byUrgency(TaskQuery query) {
    return query.orderByTaskPriority().desc().orderByDueDate().asc();
  }

  private void ensure(
      String name,
      String english,
      String chinese,
      String formerName,
      TaskQuery query,
      int order,
      List<String> groups) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.createFilterQuery().filterName(formerName).singleResult();
    }
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setName(name);
    save(filter, chinese + " (" + english + ")", query, order, groups, Map.of());
  }

  private void save(
      Filter filter,
      String description,
      TaskQuery query,
      int order,
      List<String> groups,
      Map<String, Object> marks) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("description", description);
    settings.put("priority", order);
    settings.put("refresh", true);
    settings.putAll(marks);
    filter.setQuery(query).setProperties(settings);
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
      newReadGrant(filterId, grant -> grant.setGroupId(group));
    }
  }

  /** A grant to read the filter, for the group or user {@code to} names. */
  private void newReadGrant(String filterId, Consumer<Authorization> to) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    to.accept(authorization);
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filterId);
    authorization.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(authorization);
  }
}
