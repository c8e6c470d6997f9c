package com.residentdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.residentdesk.support.ProcessTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every model and form in processes/ and forms/ is deployed, and every form reference resolves. */
class ModelDeploymentTest extends ProcessTestSupport {

  private static Set<String> filesUnder(String folder, String... suffixes) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(folder))) {
      return files
          .map(Path::getFileName)
          .map(Path::toString)
          .filter(name -> Stream.of(suffixes).anyMatch(name::endsWith))
          .collect(Collectors.toSet());
    }
  }

  private Set<String> deployedNames(RepositoryService repository) {
    return repository.createDeploymentQuery().list().stream()
        .flatMap(d -> repository.getDeploymentResources(d.getId()).stream())
        .map(Resource::getName)
        .map(name -> name.substring(name.lastIndexOf('/') + 1))
        .collect(Collectors.toSet());
  }

  @Test
  void everyModelAndFormFileIsDeployed() throws IOException {
    Set<String> files = filesUnder("processes", ".bpmn", ".dmn");
    files.addAll(filesUnder("forms", ".form"));

    assertThat(files)
        .contains("resident-request.bpmn", "triage.dmn", "resident-request-intake.form");
    assertThat(deployedNames(engine.getRepositoryService())).containsAll(files);
  }

  @Test
  void everyUserTaskAndStartEventReferencesADeployedForm() {
    RepositoryService repository = engine.getRepositoryService();
    Set<String> deployedForms =
        engine.getRepositoryService().createDeploymentQuery().list().stream()
            .flatMap(d -> repository.getDeploymentResources(d.getId()).stream())
            .filter(r -> r.getName().endsWith(".form"))
            .map(r -> formId(repository, r))
            .collect(Collectors.toSet());

    for (ProcessDefinition definition :
        repository.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
      }
      List<String> references =
          Stream.concat(
                  model.getModelElementsByType(UserTask.class).stream()
                      .map(UserTask::getCamundaFormRef),
                  model.getModelElementsByType(StartEvent.class).stream()
                      .filter(
                          start ->
                              start.getParentElement() instanceof Process process
                                  && process.isCamundaStartableInTasklist())
                      .map(StartEvent::getCamundaFormRef))
              .toList();
      assertThat(references)
          .as(definition.getKey())
          .doesNotContainNull()
          .allSatisfy(ref -> assertThat(deployedForms).contains(ref));
      model
          .getModelElementsByType(UserTask.class)
          .forEach(
              task ->
                  assertThat(task.getCamundaFormRefBinding())
                      .as(task.getId())
                      .isEqualTo("deployment"));
    }
  }

  private static String formId(RepositoryService repository, Resource resource) {
    try (var in = repository.getResourceAsStream(resource.getDeploymentId(), resource.getName())) {
      var json = new ObjectMapper().readTree(in);
      return json.get("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
