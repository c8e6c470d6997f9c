package com.residentdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.HttpTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Every write endpoint of /engine-rest, tried by an auditor (reads everything, changes nothing) and
 * by staff of another group (the engineer on a front-desk task): each refusal is a 4xx with
 * Camunda's error body, never a 500, and nothing changes. The same list drives the resilience
 * fuzzing run (bench/resilience/fuzz.py, "refused-write").
 */
class EngineRestRefusalTest extends HttpTestSupport {

  /** method, path ({task}, {instance}, {definition}, {deployment} replaced), JSON body. */
  static final String[][] WRITES = {
    {"POST", "/engine-rest/task/{task}/claim", "{\"userId\":\"%s\"}"},
    {"POST", "/engine-rest/task/{task}/unclaim", "{}"},
    {"POST", "/engine-rest/task/{task}/complete", "{\"variables\":{}}"},
    {"POST", "/engine-rest/task/{task}/submit-form", "{\"variables\":{}}"},
    {"POST", "/engine-rest/task/{task}/resolve", "{}"},
    {"POST", "/engine-rest/task/{task}/assignee", "{\"userId\":\"%s\"}"},
    {"POST", "/engine-rest/task/{task}/delegate", "{\"userId\":\"%s\"}"},
    {"POST", "/engine-rest/task/{task}/bpmnError", "{\"errorCode\":\"x\"}"},
    {"POST", "/engine-rest/task/{task}/bpmnEscalation", "{\"escalationCode\":\"x\"}"},
    {"PUT", "/engine-rest/task/{task}", "{\"name\":\"changed\"}"},
    {"DELETE", "/engine-rest/task/{task}", null},
    {"POST", "/engine-rest/task/create", "{\"id\":\"stray-task\",\"name\":\"stray\"}"},
    {
      "POST",
      "/engine-rest/task/{task}/identity-links",
      "{\"groupId\":\"auditor\",\"type\":\"candidate\"}"
    },
    {
      "POST",
      "/engine-rest/task/{task}/identity-links/delete",
      "{\"groupId\":\"front-desk\",\"type\":\"candidate\"}"
    },
    {"PUT", "/engine-rest/task/{task}/variables/caseId", "{\"value\":1,\"type\":\"Long\"}"},
    {"POST", "/engine-rest/task/{task}/variables", "{\"modifications\":{\"x\":{\"value\":1}}}"},
    {"DELETE", "/engine-rest/task/{task}/variables/caseId", null},
    {"PUT", "/engine-rest/task/{task}/localVariables/x", "{\"value\":1}"},
    {
      "POST", "/engine-rest/task/{task}/localVariables", "{\"modifications\":{\"x\":{\"value\":1}}}"
    },
    {"DELETE", "/engine-rest/task/{task}/localVariables/x", null},
    {"POST", "/engine-rest/task/{task}/comment/create", "{\"message\":\"x\"}"},
    {"DELETE", "/engine-rest/task/{task}/comment", null},
    {"DELETE", "/engine-rest/task/{task}/attachment/none", null},
    {"DELETE", "/engine-rest/process-instance/{instance}", null},
    {"PUT", "/engine-rest/process-instance/{instance}/suspended", "{\"suspended\":true}"},
    {
      "POST",
      "/engine-rest/process-instance/{instance}/modification",
      "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_FrontDeskReview\"}]}"
    },
    {
      "POST",
      "/engine-rest/process-instance/{instance}/variables",
      "{\"modifications\":{\"x\":{\"value\":1}}}"
    },
    {
      "PUT",
      "/engine-rest/process-instance/{instance}/variables/caseId",
      "{\"value\":1,\"type\":\"Long\"}"
    },
    {"DELETE", "/engine-rest/process-instance/{instance}/variables/caseId", null},
    {"POST", "/engine-rest/process-instance/delete", "{\"processInstanceIds\":[\"{instance}\"]}"},
    {
      "PUT",
      "/engine-rest/process-instance/suspended",
      "{\"processInstanceIds\":[\"{instance}\"],\"suspended\":true}"
    },
    {
      "POST",
      "/engine-rest/process-instance/job-retries",
      "{\"processInstances\":[\"{instance}\"],\"retries\":0}"
    },
    {"POST", "/engine-rest/process-instance/{instance}/comment", "{\"message\":\"x\"}"},
    {"POST", "/engine-rest/process-definition/key/resident-request/start", "{\"variables\":{}}"},
    {
      "POST",
      "/engine-rest/process-definition/key/resident-request/submit-form",
      "{\"variables\":{}}"
    },
    {"DELETE", "/engine-rest/process-definition/{definition}", null},
    {"PUT", "/engine-rest/process-definition/{definition}/suspended", "{\"suspended\":true}"},
    {
      "PUT",
      "/engine-rest/process-definition/{definition}/history-time-to-live",
      "{\"historyTimeToLive\":1}"
    },
    {
      "POST",
      "/engine-rest/process-definition/{definition}/restart",
      "{\"processInstanceIds\":[\"{instance}\"],\"startBeforeActivity\":\"Task_RegisterCase\"}"
    },
    {"DELETE", "/engine-rest/deployment/{deployment}", null},
    {"POST", "/engine-rest/deployment/{deployment}/redeploy", "{}"},
    {"POST", "/engine-rest/message", "{\"messageName\":\"x\",\"businessKey\":\"y\"}"},
    {"POST", "/engine-rest/signal", "{\"name\":\"x\"}"},
    {"POST", "/engine-rest/execution/{instance}/signal", "{}"},
    {"PUT", "/engine-rest/execution/{instance}/localVariables/x", "{\"value\":1}"},
    {"POST", "/engine-rest/job/{job}/execute", "{}"},
    {"PUT", "/engine-rest/job/{job}/retries", "{\"retries\":1}"},
    {"PUT", "/engine-rest/job/none/retries", "{\"retries\":1}"},
    {"PUT", "/engine-rest/job/{job}/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}"},
    {"PUT", "/engine-rest/job/{job}/suspended", "{\"suspended\":true}"},
    {"DELETE", "/engine-rest/job/{job}", null},
    {"PUT", "/engine-rest/job-definition/{jobDefinition}/suspended", "{\"suspended\":true}"},
    {"DELETE", "/engine-rest/incident/none", null},
    {
      "POST",
      "/engine-rest/filter/create",
      "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{}}"
    },
    {
      "PUT",
      "/engine-rest/filter/{filter}",
      "{\"resourceType\":\"Task\",\"name\":\"renamed\",\"query\":{}}"
    },
    {"DELETE", "/engine-rest/filter/{filter}", null},
    {
      "POST",
      "/engine-rest/user/create",
      "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}"
    },
    {"PUT", "/engine-rest/user/clerk/profile", "{\"id\":\"clerk\",\"firstName\":\"x\"}"},
    {
      "PUT",
      "/engine-rest/user/clerk/credentials",
      "{\"password\":\"x\",\"authenticatedUserPassword\":\"demo\"}"
    },
    {"DELETE", "/engine-rest/user/clerk", null},
    {"POST", "/engine-rest/user/clerk/unlock", "{}"},
    {"POST", "/engine-rest/group/create", "{\"id\":\"intruders\"}"},
    {"PUT", "/engine-rest/group/front-desk", "{\"id\":\"front-desk\",\"name\":\"x\"}"},
    {"DELETE", "/engine-rest/group/front-desk", null},
    {"PUT", "/engine-rest/group/front-desk/members/%s", null},
    {"DELETE", "/engine-rest/group/front-desk/members/clerk", null},
    {"POST", "/engine-rest/tenant/create", "{\"id\":\"t1\"}"},
    {
      "POST",
      "/engine-rest/authorization/create",
      "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"%s\",\"resourceType\":0,\"resourceId\":\"*\"}"
    },
    {"DELETE", "/engine-rest/authorization/none", null},
    {
      "POST",
      "/engine-rest/external-task/fetchAndLock",
      "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"t\",\"lockDuration\":1000}]}"
    },
    {"POST", "/engine-rest/external-task/none/complete", "{\"workerId\":\"w\"}"},
    {"DELETE", "/engine-rest/history/process-instance/{instance}", null},
    {
      "POST",
      "/engine-rest/history/process-instance/delete",
      "{\"historicProcessInstanceIds\":[\"{instance}\"]}"
    },
    {"POST", "/engine-rest/history/cleanup", "{}"},
    {"DELETE", "/engine-rest/history/variable-instance/none", null},
    {
      "POST",
      "/engine-rest/decision-definition/key/triage/evaluate",
      "{\"variables\":{\"category\":{\"value\":\"repair\"},\"subcategory\":{\"value\":\"\"}}}"
    },
    {
      "POST",
      "/engine-rest/migration/execute",
      "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\"{definition}\",\"targetProcessDefinitionId\":\"{definition}\",\"instructions\":[]},\"processInstanceIds\":[\"{instance}\"]}"
    },
    {
      "POST",
      "/engine-rest/modification/execute",
      "{\"processDefinitionId\":\"{definition}\",\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_FrontDeskReview\"}],\"processInstanceIds\":[\"{instance}\"]}"
    },
    {"POST", "/engine-rest/condition", "{\"variables\":{}}"},
  };

  /**
   * Accepted because they change nothing a refused user could reach: a signal nobody waits for, and
   * fetching external tasks when the user may lock none.
   */
  static final List<String> NO_OPS =
      List.of("POST /engine-rest/signal", "POST /engine-rest/external-task/fetchAndLock");

  record Refused(String user, String method, String path, HttpStatus status, String body) {}

  private List<Refused> tryAll(String user, Task task) {
    String instance = task.getProcessInstanceId();
    String definition = task.getProcessDefinitionId();
    String deployment =
        engine.getRepositoryService().getProcessDefinition(definition).getDeploymentId();
    org.camunda.bpm.engine.runtime.Job job =
        engine.getManagementService().createJobQuery().processInstanceId(instance).list().get(0);
    String filter = engine.getFilterService().createFilterQuery().list().get(0).getId();
    List<Refused> answers = new ArrayList<>();
    for (String[] write : WRITES) {
      String path =
          write[1]
              .replace("{task}", task.getId())
              .replace("{instance}", instance)
              .replace("{definition}", definition)
              .replace("{deployment}", deployment)
              .replace("{filter}", filter)
              .replace("{job}", job.getId())
              .replace("{jobDefinition}", job.getJobDefinitionId())
              .replace("%s", user);
      String body =
          write[2] == null
              ? null
              : write[2]
                  .replace("{instance}", instance)
                  .replace("{definition}", definition)
                  .replace("%s", user);
      Http http = as(user);
      Reply reply =
          switch (write[0]) {
            case "POST" -> http.post(path, body == null ? "{}" : body);
            case "PUT" -> http.put(path, body);
            default -> http.delete(path);
          };
      answers.add(new Refused(user, write[0], write[1], reply.status(), reply.body()));
    }
    return answers;
  }

  @Test
  void everyWriteByAnAuditorOrAnotherGroupIsRefusedWith4xx_INT06() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    Task task = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    long commands = engine.getHistoryService().createUserOperationLogQuery().count();

    List<Refused> answers = new ArrayList<>();
    answers.addAll(tryAll("auditor", task));
    answers.addAll(tryAll("engineer", task));

    assertThat(answers)
        .filteredOn(a -> !NO_OPS.contains(a.method() + " " + a.path()))
        .allSatisfy(
            a ->
                assertThat(a.status().is4xxClientError())
                    .as(
                        "%s %s as %s -> %s %s",
                        a.method(), a.path(), a.user(), a.status(), a.body())
                    .isTrue());
    assertThat(answers).allSatisfy(a -> assertThat(a.status().is5xxServerError()).isFalse());
    assertThat(answers)
        .filteredOn(a -> a.method().equals("DELETE") && a.path().equals("/engine-rest/task/{task}"))
        .extracting(Refused::status)
        .containsExactly(HttpStatus.FORBIDDEN, HttpStatus.CONFLICT);
    assertThat(openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW).getId())
        .isEqualTo(task.getId());
    assertThat(engine.getHistoryService().createUserOperationLogQuery().count())
        .isEqualTo(commands);
  }
}
