package com.residentdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Auditors read everything and change nothing; the webapps' login is not disturbed. */
class OversightTest extends HttpTestSupport {

  @Test
  void auditorFindsEveryOpenTaskInItsReadOnlyFilter() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    String filterId =
        engine
            .getFilterService()
            .createFilterQuery()
            .filterName("全部待办，只读 (All open tasks, read only)")
            .singleResult()
            .getId();

    Reply listed =
        as("auditor").post("/engine-rest/filter/" + filterId + "/list?maxResults=2000", Map.of());
    Reply refused = as("clerk").post("/engine-rest/filter/" + filterId + "/list", Map.of());

    assertThat(listed.status()).as("%s", listed).isEqualTo(HttpStatus.OK);
    assertThat(listed.json().findValuesAsText("id")).contains(review.getId());
    assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void auditorCannotCommentOnATask() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);

    Reply auditor =
        as("auditor")
            .post(
                "/engine-rest/task/" + review.getId() + "/comment/create",
                Map.of("message", "noted"));

    // Camunda's comment resource answers every engine refusal with 400; what matters is that
    // nothing is stored
    assertThat(auditor.status().is4xxClientError()).as("%s", auditor).isTrue();
    assertThat(engine.getTaskService().getTaskComments(review.getId())).isEmpty();
  }

  @Test
  void engineRefusesAnAuditorsCommentAndAttachmentWherever_theyComeFrom() {
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    Task review = openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    var identity = engine.getIdentityService();
    DeskFixture.signIn(identity, "auditor", List.of("auditor"));
    try {
      assertThatThrownBy(() -> engine.getTaskService().createComment(review.getId(), null, "noted"))
          .isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("not allowed for auditors");
      assertThatThrownBy(
              () ->
                  engine
                      .getTaskService()
                      .createAttachment("text", review.getId(), null, "a", "b", "http://x"))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void everyStaffGroupMayReadTheModelsItWorksIn() {
    Reply engineer = as("engineer").get("/engine-rest/process-definition/key/resident-request");

    assertThat(engineer.status()).as("%s", engineer).isEqualTo(HttpStatus.OK);
  }

  @Test
  void webappPagesAreNeverAnsweredWithABrowserSignInChallenge() {
    Reply welcome = anonymous().get("/camunda-welcome");
    Reply unknown = anonymous().get("/no-such-page");
    Reply api = anonymous().get("/api/cases");

    assertThat(welcome.headers().containsKey("WWW-Authenticate")).isFalse();
    assertThat(unknown.headers().containsKey("WWW-Authenticate")).isFalse();
    assertThat(unknown.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
  }
}
