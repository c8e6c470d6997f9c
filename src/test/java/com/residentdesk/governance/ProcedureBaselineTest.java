package com.residentdesk.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GOV-01 at start-up: the models a release ships are the approved baseline. A restart deploys
 * nothing when nothing changed, never activates a held change, never undoes an approved one; a file
 * a release changed is deployed with the processes that use it and recorded as approved by the
 * release.
 */
public class ProcedureBaselineTest extends GovernanceTestSupport {

  private static final String SEVERITY = "processes/complaint/complaint-severity.dmn";

  @Autowired private ProcedureBaseline baseline;

  @Test
  void aRestartWithTheSameReleaseDeploysNothing_GOV01() {
    long before = deployments();

    baseline.deploy(ProcedureBaseline.shipped());

    assertThat(deployments()).isEqualTo(before);
  }

  @Test
  void aRestartNeitherActivatesAHeldChangeNorUndoesAnApprovedOne_GOV01() {
    String triage = inUse("processes/triage/triage.dmn", "triage", true);
    long approved =
        changeId(
            deploy(
                "owner",
                "门锁求助派单时限改为 45 分钟",
                file("triage.dmn", withDispatchWithin(triage, "Lockout", "PT45M"))));
    decide(approved, "approve", "同意", false);
    String afterApproval = latestTriageDeployment();
    long held =
        changeId(
            deploy(
                "owner",
                "门锁求助派单时限改为 50 分钟",
                file(
                    "triage.dmn",
                    withDispatchWithin(
                        inUse("processes/triage/triage.dmn", "triage", true),
                        "Lockout",
                        "PT50M"))));
    long before = deployments();

    baseline.deploy(ProcedureBaseline.shipped());

    assertThat(deployments()).isEqualTo(before);
    assertThat(latestTriageDeployment()).isEqualTo(afterApproval);
    assertThat(inUse("processes/triage/triage.dmn", "triage", true)).contains("\"PT45M\"");
    decide(held, "reject", "测试完毕", false);
  }

  @Test
  void aFileTheReleaseChangedIsDeployedWithWhatUsesItAndRecorded_GOV01() {
    // an approved change to a file the release's change drags along (resident-request uses both)
    long approved =
        changeId(
            deploy(
                "owner",
                "门锁求助派单时限改为 40 分钟",
                file(
                    "triage.dmn",
                    withDispatchWithin(
                        inUse("processes/triage/triage.dmn", "triage", true),
                        "Lockout",
                        "PT40M"))));
    decide(approved, "approve", "同意", false);
    List<ModelFile> release = new ArrayList<>();
    for (ModelFile file : ProcedureBaseline.shipped()) {
      release.add(file.name().equals(SEVERITY) ? renamedDecision(file) : file);
    }

    baseline.deploy(release);

    Deployment deployment = latestRelease();
    List<String> deployed =
        engine.getRepositoryService().getDeploymentResources(deployment.getId()).stream()
            .map(org.camunda.bpm.engine.repository.Resource::getName)
            .toList();
    assertThat(deployed)
        .contains(
            SEVERITY,
            "processes/complaint/complaint-handling.bpmn",
            "processes/intake/resident-request.bpmn",
            "forms/complaint/complaint-acceptance.form")
        .doesNotContain("processes/inquiry/unified-answer.bpmn");
    JsonNode change =
        as("auditor").get("/api/procedures/changes?procedure=complaint-severity").json().get(0);
    assertThat(change.path("origin").asText()).isEqualTo("RELEASE");
    assertThat(change.path("decidedBy").asText()).isEqualTo(ProcedureChange.RELEASE_APPROVER);
    assertThat(change.path("deploymentId").asText()).isEqualTo(deployment.getId());
    assertThat(change.path("changes").findValuesAsText("type")).contains("renamed");

    assertThat(inUse("processes/triage/triage.dmn", "triage", true))
        .as("deployed along in its version in use")
        .contains("\"PT40M\"");
    long count = deployments();
    baseline.deploy(release);
    assertThat(deployments()).as("the same release again").isEqualTo(count);
    assertThat(inUse("processes/triage/triage.dmn", "triage", true)).contains("\"PT40M\"");

    // the next release ships the file as it was: deployed again, as that release's baseline
    baseline.deploy(ProcedureBaseline.shipped());
    assertThat(deployments()).isEqualTo(count + 1);
  }

  private static ModelFile renamedDecision(ModelFile file) {
    String dmn = new String(file.content(), StandardCharsets.UTF_8);
    String renamed = dmn.replaceFirst("(<decision id=\"complaint-severity\" name=\")", "$1（新版）");
    try {
      return ModelFile.read(file.name(), renamed.getBytes(StandardCharsets.UTF_8));
    } catch (ModelFile.Unreadable e) {
      throw new IllegalStateException(e);
    }
  }

  private long deployments() {
    return engine.getRepositoryService().createDeploymentQuery().count();
  }

  private Deployment latestRelease() {
    return engine
        .getRepositoryService()
        .createDeploymentQuery()
        .deploymentName(ProcedureDeployments.RELEASE)
        .orderByDeploymentTime()
        .desc()
        .list()
        .get(0);
  }

  private String latestTriageDeployment() {
    return engine
        .getRepositoryService()
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey("triage")
        .latestVersion()
        .singleResult()
        .getDeploymentId();
  }
}
