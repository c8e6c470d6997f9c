package com.residentdesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.emergency.EmergencyResponseProcess;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.HttpTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The Tasklist work queues: created once, shown only to their group, most urgent work first. */
class TasklistFiltersTest extends HttpTestSupport {

  private static final String ENGINEERING_QUEUE =
      TasklistFilters.teamQueueName(StaffGroups.ENGINEERING);
  private static final String ENGINEERING_OVERDUE =
      TasklistFilters.overdueName(StaffGroups.ENGINEERING);

  /** The fixture's two properties, each with a queue of its own. */
  private static final long PROPERTIES = 2;

  @Autowired private TasklistFilters filters;
  @Autowired private EngineAuthorizations authorizations;

  @Test
  void filtersExistOnceEachAndSurviveBeingAppliedAgain_HLP01() {
    filters.apply();

    assertThat(filterCount(TasklistFilters.ASSIGNED_TO_ME)).isEqualTo(1);
    for (Map.Entry<String, String> group : StaffGroups.STAFF.entrySet()) {
      String queue = TasklistFilters.teamQueueName(group.getKey());
      String overdue = TasklistFilters.overdueName(group.getKey());
      assertThat(filterCount(queue)).as(queue).isEqualTo(1);
      assertThat(filterCount(overdue)).as(overdue).isEqualTo(1);
      assertThat(readGrants(filterId(queue)))
          .as("read grants of " + queue)
          .containsExactly(group.getKey());
      assertThat(readGrants(filterId(overdue)))
          .as("read grants of " + overdue)
          .containsExactly(group.getKey());
    }
    assertThat(readGrants(filterId(TasklistFilters.ASSIGNED_TO_ME)))
        .containsExactlyInAnyOrderElementsOf(StaffGroups.STAFF.keySet());
    assertThat(filterCount(TasklistFilters.DUE_SOON)).isEqualTo(1);
    assertThat(readGrants(filterId(TasklistFilters.DUE_SOON)))
        .as("staff who do the work, not the read-only oversight")
        .containsExactlyInAnyOrderElementsOf(
            StaffGroups.STAFF.keySet().stream()
                .filter(g -> !StaffGroups.READ_ONLY_OVERSIGHT.contains(g))
                .toList());
    assertThat(filterCount(TasklistFilters.ALL_OPEN_TASKS)).isEqualTo(1);
    assertThat(readGrants(filterId(TasklistFilters.ALL_OPEN_TASKS)))
        .containsExactlyInAnyOrderElementsOf(StaffGroups.READ_ONLY_OVERSIGHT);
    assertThat(engine.getFilterService().createFilterQuery().count())
        .as("and one queue per property")
        .isEqualTo(3 + 2L * StaffGroups.STAFF.size() + PROPERTIES);
  }

  /** Nodes of a cluster start together after a deployment and provision the same rows at once. */
  @Test
  void nodesStartingTogetherProvisionEveryFilterAndGrantOnce_INT06() throws Exception {
    long grantsBefore = engine.getAuthorizationService().createAuthorizationQuery().count();
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        Callable<Void> startUp =
            () -> {
              authorizations.apply();
              filters.apply();
              return null;
            };
        for (Future<Void> node : nodes.invokeAll(List.of(startUp, startUp))) {
          node.get();
        }
      }
    } finally {
      nodes.shutdownNow();
    }

    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count())
        .isEqualTo(grantsBefore);
    assertThat(engine.getFilterService().createFilterQuery().count())
        .as("and one queue per property")
        .isEqualTo(3 + 2L * StaffGroups.STAFF.size() + PROPERTIES);
    assertThat(readGrants(filterId(TasklistFilters.ASSIGNED_TO_ME)))
        .containsExactlyInAnyOrderElementsOf(StaffGroups.STAFF.keySet());
  }

  /** Tasklist opens the visible filter with the lowest priority first: the clerk's team queue. */
  @Test
  void aNewClerkLandsOnTheTeamQueueNotOnAnEmptyAssignedToMe_INT01() {
    for (String user : List.of("clerk", "engineer", "guard", "supervisor")) {
      Reply reply = as(user).get("/engine-rest/filter?resourceType=Task");
      assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);

      JsonNode first = null;
      for (JsonNode filter : reply.json()) {
        if (first == null
            || filter.path("properties").path("priority").asInt()
                < first.path("properties").path("priority").asInt()) {
          first = filter;
        }
      }
      assertThat(first).as(user).isNotNull();
      assertThat(first.path("name").asText()).as(user).endsWith(": team queue)");
    }
  }

  @Test
  void engineerSeesOnlyEngineeringQueuesAndAssignedToMe_INT06() {
    Reply reply = as("engineer").get("/engine-rest/filter?resourceType=Task");

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    assertThat(reply.json().findValuesAsText("name"))
        .containsExactlyInAnyOrder(
            TasklistFilters.ASSIGNED_TO_ME,
            ENGINEERING_QUEUE,
            ENGINEERING_OVERDUE,
            TasklistFilters.DUE_SOON)
        .doesNotContain(
            // the engineer works for one property: its queue would repeat his team queue
            TasklistFilters.propertyQueueName("南湖花园"),
            TasklistFilters.teamQueueName(StaffGroups.FRONT_DESK),
            TasklistFilters.overdueName(StaffGroups.FRONT_DESK));
    Reply frontDeskQueue =
        as("engineer")
            .get(
                "/engine-rest/filter/{id}/list",
                filterId(TasklistFilters.teamQueueName(StaffGroups.FRONT_DESK)));
    assertThat(frontDeskQueue.status()).as("%s", frontDeskQueue).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void engineeringTeamQueueListsItsTasksMostUrgentFirst_CAT04_EMG01() {
    String burstPipe = numberOf(submit("clerk", newCase("repair", "burst-pipe")));
    String dripping = numberOf(submit("clerk", newCase("repair", null)));
    String notYetDispatched = numberOf(submit("clerk", newCase("repair", null)));
    Reply dispatched = completeDeskReview(dripping, "dispatch");
    assertThat(dispatched.status()).as("%s", dispatched).isEqualTo(HttpStatus.NO_CONTENT);
    Task emergencyDispatch = openTask(burstPipe, EmergencyResponseProcess.Element.ARRIVE_ON_SITE);
    Task normalDispatch = openTask(dripping, ResidentRequestProcess.Element.ASSIGN_HANDLER);
    Task deskReview = openTask(notYetDispatched, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);

    Reply reply = as("engineer").get("/engine-rest/filter/{id}/list", filterId(ENGINEERING_QUEUE));

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    JsonNode queue = reply.json();
    List<String> ids = queue.findValuesAsText("id");
    assertThat(ids)
        .contains(emergencyDispatch.getId(), normalDispatch.getId())
        .doesNotContain(deskReview.getId());
    assertThat(ids.indexOf(emergencyDispatch.getId()))
        .isLessThan(ids.indexOf(normalDispatch.getId()));
    assertThat(priorityOf(queue, emergencyDispatch.getId())).isEqualTo(100);
    assertThat(priorityOf(queue, normalDispatch.getId())).isEqualTo(50);
    List<Integer> priorities = new ArrayList<>();
    queue.forEach(task -> priorities.add(task.path("priority").asInt()));
    assertThat(priorities).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  /**
   * Issue 14: a deadline's warning sets the follow-up date of the tasks it watches
   * (sla.DeadlineWarnings); "due soon" lists the user's groups' warned tasks until they are
   * overdue, not another group's, nor an unwarned or an overdue one.
   */
  @Test
  void dueSoonListsWarnedTasksOfTheUsersGroupsUntilTheyAreOverdue_CAT04() {
    String warned = numberOf(submit("clerk", newCase("repair", "small")));
    String overdue = numberOf(submit("clerk", newCase("repair", "small")));
    String quiet = numberOf(submit("clerk", newCase("repair", "small")));
    for (String number : List.of(warned, overdue, quiet)) {
      assertThat(completeDeskReview(number, "dispatch").status()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    Task warnedTask = openTask(warned, ResidentRequestProcess.Element.ASSIGN_HANDLER);
    Task overdueTask = openTask(overdue, ResidentRequestProcess.Element.ASSIGN_HANDLER);
    Task quietTask = openTask(quiet, ResidentRequestProcess.Element.ASSIGN_HANDLER);
    Task deskTask =
        openTask(
            numberOf(submit("clerk", newCase("repair", "small"))),
            ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    java.util.Date anHourAgo = new java.util.Date(System.currentTimeMillis() - 3_600_000);
    var tasks = engine.getTaskService();
    for (Task task : List.of(warnedTask, overdueTask, deskTask)) {
      task.setFollowUpDate(anHourAgo);
      tasks.saveTask(task);
    }
    overdueTask.setDueDate(new java.util.Date(System.currentTimeMillis() - 60_000));
    tasks.saveTask(overdueTask);

    Reply reply =
        as("engineer")
            .get(
                "/engine-rest/filter/{id}/list?maxResults=1000",
                filterId(TasklistFilters.DUE_SOON));

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    assertThat(reply.json().findValuesAsText("id"))
        .contains(warnedTask.getId())
        .doesNotContain(overdueTask.getId(), quietTask.getId(), deskTask.getId());
    assertThat(
            as("clerk")
                .get(
                    "/engine-rest/filter/{id}/list?maxResults=1000",
                    filterId(TasklistFilters.DUE_SOON))
                .json()
                .findValuesAsText("id"))
        .contains(deskTask.getId())
        .doesNotContain(warnedTask.getId());
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private long filterCount(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).count();
  }

  private String filterId(String name) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    assertThat(filter).as("filter " + name).isNotNull();
    return filter.getId();
  }

  private List<String> readGrants(String filterId) {
    return engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .resourceType(Resources.FILTER)
        .resourceId(filterId)
        .hasPermission(Permissions.READ)
        .list()
        .stream()
        .map(Authorization::getGroupId)
        .toList();
  }

  private static int priorityOf(JsonNode tasks, String taskId) {
    for (JsonNode task : tasks) {
      if (taskId.equals(task.path("id").asText())) {
        return task.path("priority").asInt();
      }
    }
    throw new AssertionError("Task " + taskId + " not listed");
  }
}
