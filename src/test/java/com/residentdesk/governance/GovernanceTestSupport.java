package com.residentdesk.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.support.HttpTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * REST tests of procedure governance, in a context (and database) of their own: the changes they
 * approve must not reach the models the other REST tests run on. Deploys as Camunda Modeler does
 * (multipart to /engine-rest/deployment/create) and reads the record as auditors do.
 */
@ActiveProfiles("governance-test")
public abstract class GovernanceTestSupport extends HttpTestSupport {

  /** A test that failed half-way leaves no change waiting to block the next test's proposal. */
  @AfterEach
  void rejectWhatStillWaits() {
    for (JsonNode change : as("auditor").get("/api/procedures/changes?status=PENDING").json()) {
      decide(change.path("id").asLong(), "reject", "测试结束", false);
    }
  }

  /** A shipped model or form, as a process owner opens it in Modeler. */
  protected static String shipped(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model in use now (it may have been changed by an earlier test's approval). */
  protected String inUse(String resourceName, String definitionKey, boolean decision) {
    return inUse(engine, resourceName, definitionKey, decision);
  }

  static String inUse(
      ProcessEngine engine, String resourceName, String definitionKey, boolean decision) {
    var repository = engine.getRepositoryService();
    String deploymentId =
        decision
            ? repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(definitionKey)
                .latestVersion()
                .singleResult()
                .getDeploymentId()
            : repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(definitionKey)
                .latestVersion()
                .singleResult()
                .getDeploymentId();
    try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The triage table with the dispatch deadline of one rule's row replaced. */
  protected static String withDispatchWithin(String triage, String rule, String duration) {
    Pattern cell =
        Pattern.compile(
            "(<outputEntry id=\"LiteralExpression_"
                + rule
                + "_DispatchWithin\">\\s*<text>)\"[^\"]*\"(</text>)");
    Matcher matcher = cell.matcher(triage);
    assertThat(matcher.find()).as("dispatch cell of rule " + rule).isTrue();
    return matcher.replaceFirst(
        Matcher.quoteReplacement(matcher.group(1)) + "\"" + duration + "\"$2");
  }

  /** What Camunda Modeler's Deploy sends, as the given user. */
  protected Reply deploy(String user, String deploymentName, Map<String, String> files) {
    return as(user)
        .postMultipart(
            "/engine-rest/deployment/create",
            modelerDeployment(deploymentName, files),
            "Accept-Language",
            "zh-CN");
  }

  /** The multipart body of Camunda Modeler's Deploy: name, source, the files. */
  static MultiValueMap<String, Object> modelerDeployment(
      String deploymentName, Map<String, String> files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", deploymentName);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "true");
    files.forEach((name, content) -> parts.add(name, file(name, content)));
    return parts;
  }

  protected static Map<String, String> file(String name, String content, Object... more) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(name, content);
    for (int i = 0; i < more.length; i += 2) {
      files.put((String) more[i], (String) more[i + 1]);
    }
    return files;
  }

  private static ByteArrayResource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  protected static long changeId(Reply accepted) {
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(HttpStatus.OK);
    return accepted.json().path("procedureChangeId").asLong();
  }

  /** The manager's approval task of a change. */
  protected Task approvalTask(long changeId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(ProcedureChangeProcess.businessKey(changeId))
        .taskDefinitionKey(ProcedureChangeProcess.Element.APPROVE_CHANGE)
        .singleResult();
  }

  /** Completes the approval through /engine-rest as the centre manager, as Tasklist does. */
  protected Reply decide(long changeId, String decision, String note, boolean migrate) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("changeDecision", Map.of("value", decision));
    if (note != null) {
      variables.put("decisionNote", Map.of("value", note));
    }
    variables.put("migrateCases", Map.of("value", migrate));
    return as("manager")
        .post(
            "/engine-rest/task/" + approvalTask(changeId).getId() + "/complete",
            Map.of("variables", variables));
  }

  protected JsonNode record(long changeId) {
    Reply reply = as("auditor").get("/api/procedures/changes/{id}?lang=zh-CN", changeId);
    assertThat(reply.status()).as("%s", reply).isEqualTo(HttpStatus.OK);
    return reply.json();
  }

  protected ProcessInstance instanceOf(String caseNumber) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("resident-request")
        .singleResult();
  }

  /** The triage decision a case was triaged with. */
  protected HistoricDecisionInstance triageOf(String caseNumber) {
    return engine
        .getHistoryService()
        .createHistoricDecisionInstanceQuery()
        .processInstanceId(instanceOf(caseNumber).getId())
        .decisionDefinitionKey("triage")
        .includeOutputs()
        .singleResult();
  }

  protected static String output(HistoricDecisionInstance decision, String name) {
    return decision.getOutputs().stream()
        .filter(output -> name.equals(output.getVariableName()))
        .map(HistoricDecisionOutputInstance::getValue)
        .map(String::valueOf)
        .findFirst()
        .orElseThrow();
  }
}
