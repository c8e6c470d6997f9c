package com.residentdesk.property;

import static com.residentdesk.support.DeskFixture.PROPERTY_A;
import static com.residentdesk.support.DeskFixture.PROPERTY_B;
import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.support.ProcessTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One procedure for all, with a property's own variant possible: the company's models run at every
 * property; a variant deployed for one property (the whole procedure set, with its tenant id, here
 * a triage table in which a small repair is urgent) runs there and nowhere else.
 */
class ProcedureVariantTest extends ProcessTestSupport {

  @Test
  void aPropertysApprovedVariantOfTheTriageTableRunsThereAndNowhereElse_CAT04() throws Exception {
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    assertThat(triagedPriority(PROPERTY_B)).as("the company's table").isEqualTo("normal");

    Deployment variant = deployVariantFor(PROPERTY_B);
    try {
      assertThat(triagedPriority(PROPERTY_B)).as("B's own table").isEqualTo("urgent");
      assertThat(triagedPriority(PROPERTY_A)).as("A keeps the company's").isEqualTo("normal");
    } finally {
      engine.getRepositoryService().deleteDeployment(variant.getId(), true);
    }
  }

  private String triagedPriority(String property) {
    ProcessInstance pi = submit(repairAt(property, "small"));
    ProcessDefinition definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionId(pi.getProcessDefinitionId())
            .singleResult();
    assertThat(pi.getTenantId()).isEqualTo(property);
    assertThat(definition.getTenantId()).isIn(null, property);
    return caseOf(pi).getTriage().priority();
  }

  /** The procedure set as the administrator would deploy it for one property, one row changed. */
  private Deployment deployVariantFor(String property) throws IOException {
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name("variant").tenantId(property);
    var resolver = new PathMatchingResourcePatternResolver();
    for (String pattern :
        new String[] {
          "classpath*:processes/**/*.bpmn",
          "classpath*:processes/**/*.dmn",
          "classpath*:forms/**/*.form"
        }) {
      for (Resource resource : resolver.getResources(pattern)) {
        String name = resource.getURL().toString().replaceAll(".*/((processes|forms)/.*)", "$1");
        String content;
        try (InputStream in = resource.getInputStream()) {
          content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (name.endsWith("triage.dmn")) {
          content =
              content.replaceFirst(
                  "(<outputEntry id=\"LiteralExpression_Repair_Priority\">\\s*<text>)\"normal\"",
                  "$1\"urgent\"");
          assertThat(content).contains("\"urgent\"");
        }
        deployment.addString(name, content);
      }
    }
    return deployment.deploy();
  }
}
