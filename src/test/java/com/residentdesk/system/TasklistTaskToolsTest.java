package com.residentdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.HttpTestSupport;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Tasklist's own tools on our tasks, called through /engine-rest exactly as Tasklist calls them:
 * follow-up date and due date (read the task, change one property, PUT the whole task back) and
 * comments. All our tasks use camunda:formRef.
 */
class TasklistTaskToolsTest extends HttpTestSupport {

  private Task deskReview() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    return openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
  }

  /** What Tasklist does: GET the task, change one property, PUT all of it back. */
  private Reply putBack(String user, String taskId, String property, String value) {
    Reply read = as("clerk").get("/engine-rest/task/{id}", taskId);
    assertThat(read.status()).as("%s", read).isEqualTo(HttpStatus.OK);
    assertThat(read.json().path("camundaFormRef").path("key").asText()).isNotEmpty();
    ObjectNode task = (ObjectNode) read.json();
    if (value == null) {
      task.putNull(property);
    } else {
      task.put(property, value);
    }
    return as(user).put("/engine-rest/task/" + taskId, task.toString());
  }

  @Test
  void clerkSetsAFollowUpDateAndChangesAndRemovesTheDueDateOfAFormRefTask_HLP08() {
    Task task = deskReview();

    Reply followUp = putBack("clerk", task.getId(), "followUp", "2030-01-02T09:30:00.000+0800");
    assertThat(followUp.status()).as("%s", followUp).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(reload(task).getFollowUpDate()).isNotNull();

    Reply due = putBack("clerk", task.getId(), "due", "2030-01-03T18:00:00.000+0800");
    assertThat(due.status()).as("%s", due).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(reload(task).getDueDate()).isEqualTo("2030-01-03T10:00:00Z");

    Reply removed = putBack("clerk", task.getId(), "due", null);
    assertThat(removed.status()).as("%s", removed).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(reload(task).getDueDate()).isNull();
  }

  @Test
  void readOnlyUsersAndOtherGroupsCannotChangeTheTask_INT06() {
    Task task = deskReview();

    Reply auditor = putBack("auditor", task.getId(), "followUp", "2030-01-02T09:30:00.000+0800");
    Reply engineer = putBack("engineer", task.getId(), "followUp", "2030-01-02T09:30:00.000+0800");

    assertThat(auditor.status()).as("%s", auditor).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engineer.status().is4xxClientError()).as("%s", engineer).isTrue();
    assertThat(reload(task).getFollowUpDate()).isNull();
  }

  @Test
  void clerkCommentsOnHerClaimedTaskAndReadsTheComments_HLP05() {
    Task task = deskReview();
    Reply claimed =
        as("clerk").post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "clerk"));
    assertThat(claimed.status()).as("%s", claimed).isEqualTo(HttpStatus.NO_CONTENT);

    Reply created =
        as("clerk")
            .post(
                "/engine-rest/task/" + task.getId() + "/comment/create",
                Map.of("message", "住户下午三点后在家"));
    Reply listed = as("clerk").get("/engine-rest/task/{id}/comment", task.getId());

    assertThat(created.status()).as("%s", created).isEqualTo(HttpStatus.OK);
    assertThat(created.json().path("userId").asText()).isEqualTo("clerk");
    assertThat(listed.status()).as("%s", listed).isEqualTo(HttpStatus.OK);
    assertThat(listed.json().findValuesAsText("message")).containsExactly("住户下午三点后在家");
  }

  @Test
  void auditorIsToldCommentsAreNotAllowedAndOtherGroupsDoNotSeeTheTask_INT06() {
    Task task = deskReview();

    Reply auditor =
        as("auditor")
            .post("/engine-rest/task/" + task.getId() + "/comment/create", Map.of("message", "x"));
    Reply engineer =
        as("engineer")
            .post("/engine-rest/task/" + task.getId() + "/comment/create", Map.of("message", "x"));

    assertThat(auditor.status()).as("%s", auditor).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(auditor.json().path("message").asText())
        .containsIgnoringCase("comments")
        .doesNotContain("Not enough parameters");
    assertThat(engineer.status()).as("%s", engineer).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(engine.getTaskService().getTaskComments(task.getId())).isEmpty();
  }

  private Task reload(Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
  }
}
