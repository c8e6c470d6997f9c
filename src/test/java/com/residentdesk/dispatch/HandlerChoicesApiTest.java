package com.residentdesk.dispatch;

import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.HttpTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * GET /api/tasks/{id}/handler-choices: the list the front-desk and dispatch forms offer, read when
 * the form opens instead of stored on the task at intake (issue 15).
 */
class HandlerChoicesApiTest extends HttpTestSupport {

  private static final String URI = "/api/tasks/{id}/handler-choices";

  @Test
  void theClerkIsOfferedTheHandlingGroupAtThePropertyTheOneOnDutyFirst_HLP01() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);

    Reply reply = as("clerk").get(URI, review.getId());

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    List<String> ids = values(reply.json());
    // the engineer on duty at property A first and marked; no one of property B, no guard
    assertThat(ids).first().isEqualTo("engineer");
    assertThat(reply.json().get(0).path("label").asText()).contains("当班");
    assertThat(ids).doesNotContain("engineerb", "guard", "clerk");
    // nothing of the list is stored on the task: the intake does not pay for it
    assertThat(engine.getTaskService().getVariablesLocal(review.getId()))
        .doesNotContainKey("handlerChoices");
  }

  @Test
  void theDispatcherIsOfferedTheSameListOnTheDispatchForm_HLP01() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    assertThat(
            as("clerk")
                .post(
                    "/engine-rest/task/" + review.getId() + "/complete",
                    submission(DESK_OUTCOME.of("dispatch"), DISPATCHER.of("engineer")))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task assign = openTask(number, ResidentRequestProcess.Element.ASSIGN_HANDLER);

    Reply reply = as("engineer").get(URI, assign.getId());

    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    assertThat(values(reply.json())).first().isEqualTo("engineer");
  }

  @Test
  void aTaskTheCallerMayNotSeeIsNotFound_INT06() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);

    // the front desk of the other property, and a guard, whose group the task is not offered to
    for (String user : List.of("clerkb", "guard")) {
      JsonNode problem = assertProblem(as(user).get(URI, review.getId()), HttpStatus.NOT_FOUND);
      assertThat(problem.path("detail").asText()).contains(review.getId());
    }
    assertProblem(as("clerk").get(URI, "no-such-task"), HttpStatus.NOT_FOUND);
    assertThat(anonymous().get(URI, review.getId()).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private static List<String> values(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(choice -> ids.add(choice.path("value").asText()));
    return ids;
  }
}
