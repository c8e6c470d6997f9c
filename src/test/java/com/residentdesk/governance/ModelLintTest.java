package com.residentdesk.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GOV-01: a proposal is checked with the rules Camunda Modeler applies, by the same bpmnlint and
 * configuration as ../shared/tools/model-lint, bundled by the build and run by Node.js.
 */
class ModelLintTest {

  private static ModelLint lint(String node) {
    return new ModelLint(
        new GovernanceProperties(
            Period.ofYears(1), List.of(), Duration.ofDays(14), node, Duration.ofSeconds(60), 5));
  }

  private static ModelFile bpmn(String name, String xml) throws ModelFile.Unreadable {
    return ModelFile.read(name, xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theShippedModelsAreClean_GOV01() throws Exception {
    List<ModelFile> models =
        ProcedureBaseline.shipped().stream()
            .filter(file -> file.kind() == ModelFile.Kind.BPMN)
            .toList();

    assertThat(lint("node").lint(models)).noneMatch(ModelLint.Finding::isError);
  }

  @Test
  void aModelWithAnUnnamedUnconnectedTaskHasErrorsNamingTheElementAndRule_GOV01() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="StartEvent_A" name="A"/>
            <bpmn:task id="Task_Lonely"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    List<ModelLint.Finding> findings = lint("node").lint(List.of(bpmn("lonely.bpmn", xml)));

    assertThat(findings)
        .filteredOn(ModelLint.Finding::isError)
        .extracting(ModelLint.Finding::file, ModelLint.Finding::id, ModelLint.Finding::rule)
        .contains(
            org.assertj.core.groups.Tuple.tuple("lonely.bpmn", "Task_Lonely", "label-required"),
            org.assertj.core.groups.Tuple.tuple("lonely.bpmn", "p", "end-event-required"));
  }

  @Test
  void withoutNodeNoProposalCanBeChecked_GOV01() throws Exception {
    ModelFile model =
        ProcedureBaseline.shipped().stream()
            .filter(file -> file.kind() == ModelFile.Kind.BPMN)
            .findFirst()
            .orElseThrow();

    assertThatThrownBy(() -> lint("/nonexistent/node").lint(List.of(model)))
        .isInstanceOf(ModelLint.Unavailable.class);
  }
}
