package com.residentdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.casefile.ProcessVariable;
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
 * becomes a corrective action or nothing is stored, by the API or Tasklist's start form; quality
 * verifies corrections and still cannot change a case.
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

  /** QA-08: the same forum recorded from Tasklist's start form, as Tasklist submits it. */
  @Test
  void staffRecordAForumInTasklistsStartFormAndItsCorrectionIsRaised_QA08() {
    String start = "/engine-rest/process-definition/key/" + OwnersForumProcess.KEY + "/submit-form";
    long before = forums.count();
    String held =
        java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8))
            .minusHours(2)
            .withNano(0)
            .toString();
    String due =
        java.time.LocalDate.now(com.residentdesk.support.EngineTestSupport.SHANGHAI)
            .plusDays(20)
            .toString();

    // a correction without its owner, a forum in the future: refused, naming the field; nothing
    // is stored
    Reply noOwner =
        as("cshead").post(start, forum(held, OwnersForumProcess.Field.CORRECTION.of("访客车辆登记并限时")));
    assertThat(noOwner.status().is4xxClientError()).as("%s", noOwner).isTrue();
    assertThat(noOwner.body()).contains("不能为空");
    // the second matter to correct without its department: refused, naming it
    OwnersForumProcess.CorrectionRow second = OwnersForumProcess.Field.CORRECTIONS.get(1);
    Reply secondNoOwner =
        as("cshead")
            .post(
                start,
                forum(
                    held,
                    OwnersForumProcess.Field.CORRECTION.of("访客车辆登记并限时 2 小时"),
                    OwnersForumProcess.Field.CORRECTION_OWNER.of("security"),
                    OwnersForumProcess.Field.CORRECTION_DUE.of(due),
                    second.description().of("地面车位重新划线"),
                    second.due().of(due)));
    assertThat(secondNoOwner.status().is4xxClientError()).as("%s", secondNoOwner).isTrue();
    assertThat(secondNoOwner.body()).contains("第 2 项整改负责部门：不能为空");
    Reply future =
        as("cshead").post(start, forum(java.time.OffsetDateTime.now().plusDays(2).toString()));
    assertThat(future.status().is4xxClientError()).as("%s", future).isTrue();
    assertThat(future.body()).contains("时间不能晚于现在");
    assertThat(forums.count()).as("nothing stored").isEqualTo(before);
    // the auditors read, they record nothing
    assertThat(as("auditor").post(start, forum(held)).status().is4xxClientError()).isTrue();

    Reply recorded =
        as("cshead")
            .post(
                start,
                forum(
                    held,
                    OwnersForumProcess.Field.FOLLOW_UP.of("下月起访客车辆登记"),
                    OwnersForumProcess.Field.CORRECTION.of("访客车辆登记并限时 2 小时"),
                    OwnersForumProcess.Field.CORRECTION_OWNER.of("security"),
                    OwnersForumProcess.Field.CORRECTION_DUE.of(due),
                    second.description().of("地面车位重新划线"),
                    second.owner().of("engineering"),
                    second.due().of(due)));
    assertThat(recorded.status()).as("%s", recorded).isEqualTo(HttpStatus.OK);
    String instanceId = recorded.json().path("id").asText();

    OwnersForum forum =
        forums.findAll().stream()
            .filter(f -> f.getTheme().equals("停车管理座谈会"))
            .findFirst()
            .orElseThrow();
    assertThat(forum.getPropertyCode()).isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(forum.getRecordedBy()).isEqualTo("cshead");
    assertThat(forum.getHeldAt()).isEqualTo(java.time.OffsetDateTime.parse(held).toInstant());
    assertThat(forum.getFollowUp()).isEqualTo("下月起访客车辆登记");
    List<CorrectiveAction> raised = corrections.of(CorrectiveAction.Source.FORUM, forum.getId());
    assertThat(raised).as("one corrective action per matter to correct").hasSize(2);
    assertThat(raised.stream().map(CorrectiveAction::getOwnerGroup))
        .containsExactlyInAnyOrder("security", "engineering");
    CorrectiveAction action =
        raised.stream().filter(a -> a.getOwnerGroup().equals("security")).findFirst().orElseThrow();
    // due by the end of the day chosen, in Shanghai
    assertThat(action.getDueAt())
        .isEqualTo(
            java.time.LocalDate.parse(due)
                .plusDays(1)
                .atStartOfDay(com.residentdesk.support.EngineTestSupport.SHANGHAI)
                .toInstant());
    // the instance ran at the head's property and keeps only the forum's id
    var history =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(instanceId)
            .singleResult();
    assertThat(history.getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(history.getBusinessKey()).isEqualTo(OwnersForumProcess.businessKey(forum.getId()));
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .list()
                .stream()
                .filter(v -> !"deleted".equalsIgnoreCase(v.getState()))
                .map(v -> v.getName())
                .toList())
        .containsExactly(OwnersForumProcess.Var.FORUM_ID.name());
  }

  /** The start form as Tasklist submits it: theme, time, attendees, opinions, and the rest. */
  private static Map<String, Object> forum(String heldAt, ProcessVariable.Value... more) {
    List<ProcessVariable.Value> values =
        new java.util.ArrayList<>(
            List.of(
                OwnersForumProcess.Field.THEME.of("停车管理座谈会"),
                OwnersForumProcess.Field.HELD_AT.of(heldAt),
                OwnersForumProcess.Field.ATTENDEES.of("业主代表 8 人；客服主管"),
                OwnersForumProcess.Field.OPINIONS.of("访客车辆占用业主车位")));
    values.addAll(List.of(more));
    return submission(values.toArray(ProcessVariable.Value[]::new));
  }
}
