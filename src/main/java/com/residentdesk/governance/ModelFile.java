package com.residentdesk.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;

/**
 * One BPMN, DMN or Camunda Form file as the engine deploys it: its name in the deployment, its
 * bytes, the definitions it holds (process, decision or form ids, each a procedure's key) and what
 * its models reference. Read with Camunda's model API, so a file the engine would refuse to read is
 * refused here with the parser's words.
 */
record ModelFile(
    String name,
    byte[] content,
    Kind kind,
    Map<String, String> definitions,
    List<Reference> references,
    List<String> delegateExpressions) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The three kinds of file a procedure is made of; their suffixes as Camunda deploys them. */
  enum Kind {
    BPMN(".bpmn", ".bpmn20.xml"),
    DMN(".dmn", ".dmn11.xml"),
    FORM(".form");

    private final List<String> suffixes;

    Kind(String... suffixes) {
      this.suffixes = List.of(suffixes);
    }

    static Kind of(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      return Arrays.stream(values())
          .filter(kind -> kind.suffixes.stream().anyMatch(name::endsWith))
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * A model's use of another definition: a form of a task or start event, a called process, a
   * decision of a business-rule task. With binding {@code deployment} (how every model here
   * references) the target must be deployed together with the model that uses it.
   */
  record Reference(Kind kind, String key, String binding, String from) {

    boolean deploymentBound() {
      return "deployment".equals(binding);
    }
  }

  /** A file the model API cannot read, or a form without its id. */
  static final class Unreadable extends Exception {
    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static ModelFile read(String name, byte[] content) throws Unreadable {
    Kind kind = Kind.of(name);
    if (kind == null) {
      throw new Unreadable("not a .bpmn, .dmn or .form file", null);
    }
    try {
      return switch (kind) {
        case BPMN -> bpmn(name, content);
        case DMN -> dmn(name, content);
        case FORM -> form(name, content);
      };
    } catch (ModelException | IOException | IllegalArgumentException e) {
      throw new Unreadable(firstLine(e), e);
    }
  }

  /** The id of the one definition of this file that has it (a process, decision or form id). */
  boolean defines(Kind targetKind, String key) {
    return kind == targetKind && definitions.containsKey(key);
  }

  Set<String> keys() {
    return definitions.keySet();
  }

  BpmnModelInstance bpmnModel() {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(content));
  }

  DmnModelInstance dmnModel() {
    return Dmn.readModelFromStream(new ByteArrayInputStream(content));
  }

  JsonNode formJson() {
    try {
      return JSON.readTree(content);
    } catch (IOException e) {
      throw new IllegalStateException("read once already", e);
    }
  }

  /** The same file under another name in the deployment (its place in processes/ or forms/). */
  ModelFile named(String newName) {
    return new ModelFile(newName, content, kind, definitions, references, delegateExpressions);
  }

  /** The file name without its folders ("triage.dmn"), as Camunda Modeler sends it. */
  String fileName() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static ModelFile bpmn(String name, byte[] content) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    Map<String, String> processes = new LinkedHashMap<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        processes.put(process.getId(), process.getName());
      }
    }
    List<Reference> references = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        references.add(
            new Reference(
                Kind.FORM,
                task.getCamundaFormRef(),
                bindingOf(task.getCamundaFormRefBinding()),
                task.getId()));
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        references.add(
            new Reference(
                Kind.FORM,
                start.getCamundaFormRef(),
                bindingOf(start.getCamundaFormRefBinding()),
                start.getId()));
      }
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      if (call.getCalledElement() != null) {
        references.add(
            new Reference(
                Kind.BPMN,
                call.getCalledElement(),
                bindingOf(call.getCamundaCalledElementBinding()),
                call.getId()));
      }
    }
    for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
      if (rule.getCamundaDecisionRef() != null) {
        references.add(
            new Reference(
                Kind.DMN,
                rule.getCamundaDecisionRef(),
                bindingOf(rule.getCamundaDecisionRefBinding()),
                rule.getId()));
      }
    }
    List<String> delegates =
        model.getModelElementsByType(ServiceTask.class).stream()
            .map(ServiceTask::getCamundaDelegateExpression)
            .filter(expression -> expression != null)
            .toList();
    return new ModelFile(name, content, Kind.BPMN, processes, references, delegates);
  }

  private static ModelFile dmn(String name, byte[] content) {
    DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    Map<String, String> decisions =
        model.getModelElementsByType(Decision.class).stream()
            .collect(
                Collectors.toMap(
                    Decision::getId,
                    decision -> decision.getName() == null ? decision.getId() : decision.getName(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    return new ModelFile(name, content, Kind.DMN, decisions, List.of(), List.of());
  }

  private static ModelFile form(String name, byte[] content) throws IOException {
    JsonNode form = JSON.readTree(content);
    if (form == null || !form.path("id").isTextual() || form.path("id").asText().isBlank()) {
      throw new IllegalArgumentException("the form has no id");
    }
    String id = form.path("id").asText();
    return new ModelFile(name, content, Kind.FORM, Map.of(id, id), List.of(), List.of());
  }

  /** Camunda's default binding for a reference without one. */
  private static String bindingOf(String binding) {
    return binding == null || binding.isBlank() ? "latest" : binding;
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
