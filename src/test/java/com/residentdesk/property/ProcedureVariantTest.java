package com.residentdesk.property;

import static com.residentdesk.support.DeskFixture.PROPERTY_A;
import static com.residentdesk.support.DeskFixture.PROPERTY_B;
import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.governance.ApprovedChanges;
import com.residentdesk.support.ProcessTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * One procedure for all, with a property's own variant possible: the company's models run at every
 * property; a variant approved for one property (deployed with its tenant id together with the
 * processes that use it, here a triage table in which a small repair is urgent) runs there and
 * nowhere else.
 */
class ProcedureVariantTest extends ProcessTestSupport {

  @Autowired private ApplicationContext context;

  @Test
  void aPropertysApprovedVariantOfTheTriageTableRunsThereAndNowhereElse_CAT04() throws Exception {
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    assertThat(triagedPriority(PROPERTY_B)).as("the company's table").isEqualTo("normal");

    String variant = deployVariantFor(PROPERTY_B);
    try {
      assertThat(triagedPriority(PROPERTY_B)).as("B's own table").isEqualTo("urgent");
      assertThat(triagedPriority(PROPERTY_A)).as("A keeps the company's").isEqualTo("normal");
    } finally {
      engine.getRepositoryService().deleteDeployment(variant, true);
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

  /**
   * A process owner's variant of the triage table for one property (Camunda Modeler's deploy with
   * the property as tenant), approved by that property's centre manager: one row changed.
   */
  private String deployVariantFor(String property) throws IOException {
    String triage;
    try (InputStream in = new ClassPathResource("processes/triage/triage.dmn").getInputStream()) {
      triage = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String variant =
        triage.replaceFirst(
            "(<outputEntry id=\"LiteralExpression_Repair_Priority\">\\s*<text>)\"normal\"",
            "$1\"urgent\"");
    assertThat(variant).contains("\"urgent\"");
    return ApprovedChanges.approve(
        context, property, "小修在本项目按加急处理", Map.of("triage.dmn", variant), "managerb");
  }
}
