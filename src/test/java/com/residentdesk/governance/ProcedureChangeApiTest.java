package com.residentdesk.governance;

import static com.residentdesk.support.EngineTestSupport.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * GOV-01 end to end over HTTP: a process owner deploys a changed triage table from Camunda Modeler;
 * it is held, new cases keep the table in use; the centre manager approves; new cases use the new
 * table while the case started before keeps its version. And every way in which a change could take
 * effect without approval is refused with a message Modeler shows.
 */
public class ProcedureChangeApiTest extends GovernanceTestSupport {

  private static final String TRIAGE = "processes/triage/triage.dmn";

  @Test
  void changedTriageTableTakesEffectOnlyOnceApproved_GOV01() {
    String inUse = inUse(TRIAGE, "triage", true);
    String current = output(caseTriage(), "dispatchWithin");
    String proposed = "PT1H".equals(current) ? "PT30M" : "PT1H";
    var triageBefore = latestTriage();

    // the owner deploys the changed table from Modeler: held, not deployed
    long change =
        changeId(
            deploy(
                "owner",
                "门锁求助派单时限改为 " + proposed,
                file("triage.dmn", withDispatchWithin(inUse, "Lockout", proposed))));
    assertThat(latestTriage().getId()).isEqualTo(triageBefore.getId());
    JsonNode pending = record(change);
    assertThat(pending.path("status").asText()).isEqualTo("PENDING");
    assertThat(pending.path("proposedBy").asText()).isEqualTo("owner");
    assertThat(pending.path("changes").findValuesAsText("text"))
        .anySatisfy(text -> assertThat(text).contains("lockout").contains("派工时限").contains("→"));

    // new cases still use the old table
    String oldCase = numberOf(submit("clerk", newCase("everyday-help", "lockout")));
    HistoricDecisionInstance oldTriage = triageOf(oldCase);
    assertThat(oldTriage.getDecisionDefinitionId()).isEqualTo(triageBefore.getId());
    assertThat(output(oldTriage, "dispatchWithin")).isEqualTo(current);
    String oldDefinition = instanceOf(oldCase).getProcessDefinitionId();

    // the centre manager sees what changed, in words, and approves
    var task = approvalTask(change);
    assertThat(task.getName()).startsWith("审批流程变更");
    assertThat(
            (String) engine.getTaskService().getVariableLocal(task.getId(), GovernanceTasks.INFO))
        .contains("门锁求助派单时限")
        .contains("→");
    Reply approved = decide(change, "approve", "时限合理", false);
    assertThat(approved.status()).as("%s", approved).isEqualTo(HttpStatus.NO_CONTENT);

    // new cases use the new table; the old case is untouched
    var triageAfter = latestTriage();
    assertThat(triageAfter.getVersion()).isEqualTo(triageBefore.getVersion() + 1);
    String newCase = numberOf(submit("clerk", newCase("everyday-help", "lockout")));
    HistoricDecisionInstance newTriage = triageOf(newCase);
    assertThat(newTriage.getDecisionDefinitionId()).isEqualTo(triageAfter.getId());
    assertThat(output(newTriage, "dispatchWithin")).isEqualTo(proposed);
    assertThat(instanceOf(oldCase).getProcessDefinitionId()).isEqualTo(oldDefinition);
    assertThat(instanceOf(newCase).getProcessDefinitionId()).isNotEqualTo(oldDefinition);
    assertThat(output(triageOf(oldCase), "dispatchWithin")).isEqualTo(current);

    // the record: who, when, why, what changed, the deployments
    JsonNode record = record(change);
    assertThat(record.path("status").asText()).isEqualTo("APPROVED");
    assertThat(record.path("decidedBy").asText()).isEqualTo("manager");
    assertThat(record.path("decisionNote").asText()).isEqualTo("时限合理");
    assertThat(record.path("reason").asText()).contains(proposed);
    assertThat(record.path("deploymentId").asText()).isEqualTo(triageAfter.getDeploymentId());
    assertThat(record.path("baseDeploymentIds").findValuesAsText("")).isNotNull();
    assertThat(record.path("files").get(0).path("resourceName").asText()).isEqualTo(TRIAGE);

    // GOV-02: the triage table's next review is due a year after the approval
    JsonNode triage = procedure("triage");
    Instant decided = Instant.parse(record.path("decidedAt").asText());
    Instant due = Instant.parse(triage.path("reviewDueAt").asText());
    assertThat(triage.path("lastChangeId").asLong()).isEqualTo(change);
    assertThat(due).isEqualTo(decided.atZone(SHANGHAI).plusYears(1).toInstant());
    assertThat(reviewTimer("triage").getDuedate().toInstant()).isEqualTo(due);
  }

  @Test
  void runningCasesMoveToTheApprovedVersionWhenTheManagerAsksAndCamundaCan_GOV01() {
    String running = numberOf(submit("clerk", newCase("repair", "small")));
    String before = instanceOf(running).getProcessDefinitionId();
    String form = inUse("forms/intake/front-desk-review.form", "resident-request", false);
    long change =
        changeId(
            deploy(
                "owner",
                "前台表单的说明更清楚",
                file(
                    "front-desk-review.form", form.replaceFirst("(\"label\": \")", "$1（请先核实身份）"))));
    JsonNode check = record(change).path("migrationCheck");
    assertThat(check.findValuesAsText("processKey")).contains("resident-request");
    assertThat(check.findValues("possible")).allMatch(JsonNode::asBoolean);

    assertThat(decide(change, "approve", "同意，运行中的案件一并迁移", true).status())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instanceOf(running).getProcessDefinitionId())
        .as("migrated only after the approval is saved")
        .isEqualTo(before);
    String approval = record(change).path("processInstanceId").asText();
    engine
        .getManagementService()
        .executeJob(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(approval)
                .singleResult()
                .getId());

    ProcessDefinition now = latestRequest();
    assertThat(now.getId()).isNotEqualTo(before);
    assertThat(instanceOf(running).getProcessDefinitionId()).isEqualTo(now.getId());
    JsonNode outcome =
        java.util.stream.StreamSupport.stream(
                record(change).path("migrationResult").spliterator(), false)
            .filter(o -> o.path("processKey").asText().equals("resident-request"))
            .findFirst()
            .orElseThrow();
    assertThat(outcome.path("migrated").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(outcome.path("stayed").asInt()).isZero();
  }

  @Test
  void aRejectedChangeNeverTakesEffectAndTheOwnerReadsWhy_GOV01() {
    var before = latestTriage();
    long change =
        changeId(
            deploy(
                "owner",
                "门锁求助派单时限改为 2 小时",
                file(
                    "triage.dmn",
                    withDispatchWithin(inUse(TRIAGE, "triage", true), "Lockout", "PT2H"))));

    Reply noReason = decide(change, "reject", null, false);
    assertThat(noReason.status()).as("%s", noReason).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(decide(change, "reject", "2 小时太长，住户在门外等", false).status())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(latestTriage().getId()).isEqualTo(before.getId());
    JsonNode record = record(change);
    assertThat(record.path("status").asText()).isEqualTo("REJECTED");
    assertThat(record.path("decisionNote").asText()).contains("住户在门外等");
    assertThat(record.hasNonNull("deploymentId")).isFalse();
    var rejection =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(ProcedureChangeProcess.businessKey(change))
            .taskDefinitionKey(ProcedureChangeProcess.Element.READ_REJECTION)
            .singleResult();
    assertThat(rejection.getAssignee()).isEqualTo("owner");
    assertThat(
            (String)
                engine.getTaskService().getVariableLocal(rejection.getId(), GovernanceTasks.INFO))
        .contains("住户在门外等");
  }

  @Test
  void onlyProcessOwnersAndTheAdministratorMayDeploy_GOV01() {
    Map<String, String> files =
        file("triage.dmn", withDispatchWithin(inUse(TRIAGE, "triage", true), "Lockout", "PT3H"));

    for (String user : List.of("clerk", "manager", "auditor")) {
      Reply refused = deploy(user, "门锁求助派单时限改为 3 小时", files);
      JsonNode problem = assertProblem(refused, HttpStatus.FORBIDDEN);
      assertThat(problem.path("message").asText()).contains("流程负责人");
    }
    var nothing = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    nothing.add("deployment-name", "匿名");
    assertProblem(
        anonymous().postMultipart("/engine-rest/deployment/create", nothing),
        HttpStatus.UNAUTHORIZED);

    long byAdmin = changeId(deploy("admin", "门锁求助派单时限改为 3 小时", files));
    assertThat(record(byAdmin).path("proposedBy").asText()).isEqualTo("admin");
    decide(byAdmin, "reject", "只是测试", false);
  }

  @Test
  void theEngineAcceptsNoDeploymentThatBypassesTheApproval_GOV01() {
    var deployment = latestTriage().getDeploymentId();
    Reply redeploy =
        as("admin").post("/engine-rest/deployment/" + deployment + "/redeploy", Map.of());
    assertThat(redeploy.status()).as("%s", redeploy).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(redeploy.json().path("message").asText()).contains("approved");

    assertThatThrownBy(
            () ->
                engine
                    .getRepositoryService()
                    .createDeployment()
                    .addInputStream(
                        TRIAGE,
                        new ByteArrayInputStream(shipped(TRIAGE).getBytes(StandardCharsets.UTF_8)))
                    .deploy())
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void modelLintErrorsBlockAProposal_GOV01() {
    String unnamedTask =
        inUse("processes/inquiry/unified-answer.bpmn", "unified-answer", false)
            .replace("name=\"Approve a unified answer\"", "")
            .replaceFirst(
                "(<bpmn:userTask id=\"Task_ApproveUnifiedAnswer\") name=\"[^\"]*\"", "$1");
    Reply refused = deploy("owner", "去掉任务名称", file("unified-answer.bpmn", unnamedTask));

    JsonNode problem = assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(problem.path("message").asText())
        .contains("Task_ApproveUnifiedAnswer")
        .contains("label-required");
    assertThat(refused.errorFields()).contains("unified-answer.bpmn");
    assertNothingPending("unified-answer");
  }

  @Test
  void aFormReferencedButMissingFromTheDeploymentIsRefused_GOV01() {
    String model =
        inUse("processes/inquiry/unified-answer.bpmn", "unified-answer", false)
            .replace("camunda:formRef=\"unified-answer\"", "camunda:formRef=\"unified-answer-v2\"");
    Reply refused = deploy("owner", "换用新表单", file("unified-answer.bpmn", model));

    JsonNode problem = assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(problem.path("message").asText()).contains("unified-answer-v2").contains("表单");
    assertNothingPending("unified-answer");
  }

  @Test
  void aDuplicateProposalIsRefusedWhileTheFirstWaits_GOV01() {
    Map<String, String> files =
        file("triage.dmn", withDispatchWithin(inUse(TRIAGE, "triage", true), "Lockout", "PT4H"));
    long first = changeId(deploy("owner", "门锁求助派单时限改为 4 小时", files));

    Reply again = deploy("owner", "门锁求助派单时限改为 4 小时", files);
    JsonNode problem = assertProblem(again, HttpStatus.CONFLICT);
    assertThat(problem.path("message").asText()).contains("#" + first).contains("owner");

    decide(first, "reject", "测试完毕", false);
  }

  @Test
  void unchangedFilesAndAMissingReasonAreRefused_GOV01() {
    String triage = inUse(TRIAGE, "triage", true);
    assertProblem(
        deploy("owner", "没有改动", file("triage.dmn", triage)), HttpStatus.UNPROCESSABLE_ENTITY);

    Reply noReason =
        deploy(
            "owner", "triage", file("triage.dmn", withDispatchWithin(triage, "Lockout", "PT5H")));
    assertProblem(noReason, HttpStatus.BAD_REQUEST);
    assertThat(noReason.errorFields()).containsExactly("deployment-name");
    assertThat(noReason.json().path("message").asText()).contains("Deployment name");

    Reply notAModel = deploy("owner", "说明文件", file("readme.txt", "hello"));
    assertProblem(notAModel, HttpStatus.BAD_REQUEST);
    assertThat(notAModel.errorFields()).containsExactly("readme.txt");
    assertNothingPending("triage");
  }

  @Test
  void theRecordIsForAuditorsManagersQualityAndOwners_GOV01() {
    long change =
        changeId(
            deploy(
                "owner",
                "门锁求助派单时限改为 6 小时",
                file(
                    "triage.dmn",
                    withDispatchWithin(inUse(TRIAGE, "triage", true), "Lockout", "PT6H"))));
    for (String reader : List.of("auditor", "manager", "quality", "owner")) {
      Reply list = as(reader).get("/api/procedures/changes?procedure=triage");
      assertThat(list.status()).as(reader + ": %s", list).isEqualTo(HttpStatus.OK);
      assertThat(list.json().findValuesAsText("id")).contains(String.valueOf(change));
    }
    assertProblem(as("clerk").get("/api/procedures/changes"), HttpStatus.FORBIDDEN);
    assertProblem(as("auditor").get("/api/procedures/changes/{id}", 999_999), HttpStatus.NOT_FOUND);

    JsonNode record = record(change);
    Reply file = as("auditor").get(record.path("files").get(0).path("href").asText());
    assertThat(file.status()).isEqualTo(HttpStatus.OK);
    assertThat(file.body()).contains("\"PT6H\"");

    // process owners open the version in use: they read the deployments, not the cases
    Reply deployments =
        as("owner").get("/engine-rest/deployment?sortBy=deploymentTime&sortOrder=desc");
    assertThat(deployments.json()).isNotEmpty();
    assertThat(as("clerk").get("/engine-rest/deployment").json()).isEmpty();
    assertThat(as("owner").get("/engine-rest/process-instance").json()).isEmpty();

    Reply procedures = as("auditor").get("/api/procedures");
    assertThat(procedures.json().findValuesAsText("procedure"))
        .contains("triage", "resident-request", "complaint-severity")
        .doesNotContain(ProcedureChangeProcess.KEY, ProcedureReviewProcess.KEY);
    decide(change, "reject", "测试完毕", false);
  }

  @Test
  void tasklistOffersTheVersionInUseWhileAChangeWaits_GOV01() {
    String request = inUse("processes/intake/resident-request.bpmn", "resident-request", false);
    String renamed = request.replace("name=\"前台处理或转派\"", "name=\"前台处理或转派（新）\"");
    String changed =
        renamed.equals(request)
            ? request.replaceFirst("(<bpmn:process [^>]*name=\")", "$1新")
            : renamed;
    ProcessDefinition before = latestRequest();
    long change = changeId(deploy("owner", "前台任务改名", file("resident-request.bpmn", changed)));

    Reply startable =
        as("clerk")
            .get("/engine-rest/process-definition?latestVersion=true&startableInTasklist=true");
    assertThat(startable.json().findValuesAsText("id")).contains(before.getId());
    assertThat(latestRequest().getId()).isEqualTo(before.getId());
    decide(change, "reject", "测试完毕", false);
  }

  private JsonNode procedure(String key) {
    for (JsonNode procedure : as("auditor").get("/api/procedures").json()) {
      if (procedure.path("procedure").asText().equals(key)) {
        return procedure;
      }
    }
    throw new AssertionError("No procedure " + key);
  }

  private org.camunda.bpm.engine.runtime.Job reviewTimer(String procedure) {
    String cycle =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(ProcedureReviewProcess.businessKey(procedure))
            .singleResult()
            .getId();
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(cycle)
        .timers()
        .singleResult();
  }

  private void assertNothingPending(String procedure) {
    Reply pending =
        as("auditor").get("/api/procedures/changes?status=PENDING&procedure=" + procedure);
    assertThat(pending.json()).isEmpty();
  }

  private HistoricDecisionInstance caseTriage() {
    return triageOf(numberOf(submit("clerk", newCase("everyday-help", "lockout"))));
  }

  private org.camunda.bpm.engine.repository.DecisionDefinition latestTriage() {
    return engine
        .getRepositoryService()
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey("triage")
        .latestVersion()
        .singleResult();
  }

  private ProcessDefinition latestRequest() {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey("resident-request")
        .latestVersion()
        .singleResult();
  }
}
