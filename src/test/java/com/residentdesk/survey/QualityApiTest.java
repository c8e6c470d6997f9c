package com.residentdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.HttpTestSupport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Owners' forums and corrective actions over real HTTP (QA-05, QA-08, SVC-12): a forum's follow-up
 * becomes a corrective action or nothing is stored; quality verifies corrections and still cannot
 * change a case.
 */
public class QualityApiTest extends HttpTestSupport {

  @Autowired CorrectiveActions corrections;
  @Autowired OwnersForumRepository forums;
  @Autowired org.springframework.context.ApplicationContext context;

  @Test
  void aForumsFollowUpBecomesACorrectiveActionOrNothingIsStored_QA08() {
    long before = forums.count();
    Map<String, Object> forum = new LinkedHashMap<>();
    forum.put("property", DeskFixture.PROPERTY_A);
    forum.put("theme", "物业费收缴座谈会");
    forum.put("heldAt", Instant.now().minusSeconds(3600).toString());
    forum.put("attendees", "业主代表 12 人；服务中心经理、客服主管");
    forum.put("opinions", "地下车库照明不足；快递堆放在大堂");
    forum.put("followUp", "车库照明一个月内整改；快递柜另行选址");
    forum.put(
        "actions",
        List.of(
            Map.of(
                "description", "地下车库更换照明",
                "ownerGroup", "nobody",
                "dueAt", Instant.now().plusSeconds(30L * 86400).toString())));

    Reply wrongOwner = as("cshead").post("/api/forums", forum);
    assertProblem(wrongOwner, HttpStatus.BAD_REQUEST);
    assertThat(wrongOwner.errorFields()).containsExactly("actions[0].ownerGroup");
    assertThat(forums.count()).as("nothing stored").isEqualTo(before);

    forum.put(
        "actions",
        List.of(
            Map.of(
                "description", "地下车库更换照明",
                "ownerGroup", "engineering",
                "dueAt", Instant.now().plusSeconds(30L * 86400).toString())));
    assertThat(as("auditor").post("/api/forums", forum).status()).isEqualTo(HttpStatus.FORBIDDEN);
    Reply recorded = as("cshead").post("/api/forums", forum);
    assertThat(recorded.status()).as("%s", recorded).isEqualTo(HttpStatus.CREATED);
    long forumId = recorded.json().path("id").asLong();
    long actionId = recorded.json().path("correctiveActions").get(0).asLong();
    CorrectiveAction action = corrections.get(actionId);
    assertThat(action.getSource()).isEqualTo(CorrectiveAction.Source.FORUM);
    assertThat(action.getSourceId()).isEqualTo(forumId);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(CorrectiveActionProcess.businessKey(actionId))
                .singleResult()
                .getTaskDefinitionKey())
        .isEqualTo(CorrectiveActionProcess.Element.CARRY_OUT);

    assertThat(as("quality").get("/api/forums").body()).contains("物业费收缴座谈会");
    assertThat(as("manager").get("/api/corrective-actions").body()).contains("地下车库更换照明");
    assertThat(as("clerkb").get("/api/forums").body()).doesNotContain("物业费收缴座谈会");
  }

  @Test
  void qualityVerifiesACorrectionButStillCannotChangeACase_SVC12() {
    // a corrective action of a forum, carried out by engineering
    Map<String, Object> forum =
        Map.of(
            "property",
            DeskFixture.PROPERTY_A,
            "theme",
            "投诉处理座谈会",
            "heldAt",
            Instant.now().minusSeconds(60).toString(),
            "attendees",
            "业主 8 人",
            "opinions",
            "电梯故障处理慢",
            "actions",
            List.of(
                Map.of(
                    "description", "电梯维保单位 2 小时到场",
                    "ownerGroup", "engineering",
                    "dueAt", Instant.now().plusSeconds(86400).toString())));
    long actionId =
        as("manager").post("/api/forums", forum).json().path("correctiveActions").get(0).asLong();
    String key = CorrectiveActionProcess.businessKey(actionId);
    assertThat(
            completeTask(
                    "engineer",
                    key,
                    CorrectiveActionProcess.Element.CARRY_OUT,
                    CorrectiveActionProcess.Field.DONE_NOTE.of("已与维保单位签补充协议"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            completeTask(
                    "quality",
                    key,
                    CorrectiveActionProcess.Element.VERIFY,
                    CorrectiveActionProcess.Var.VERDICT.of(CorrectiveActionProcess.EFFECTIVE),
                    CorrectiveActionProcess.Field.VERIFICATION.of("抽查两次均 2 小时内到场"))
                .status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(corrections.get(actionId).getVerifiedBy()).isEqualTo("quality");

    // a case's task: quality reads it and may not complete it
    String number = numberOf(submit("clerk", newCase("repair", "small")));
    Reply refused =
        completeTask(
            "quality",
            number,
            ResidentRequestProcess.Element.FRONT_DESK_REVIEW,
            ResidentRequestProcess.Var.DESK_OUTCOME.of("dispatch"));
    assertThat(refused.status().is4xxClientError()).as("%s", refused).isTrue();
    assertThat(openTask(number, ResidentRequestProcess.Element.FRONT_DESK_REVIEW)).isNotNull();
  }
}
