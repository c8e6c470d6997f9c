package com.residentdesk.governance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * What changed between the version of a file in use and a proposed one, in the terms a manager
 * reads: steps added, removed and renamed, who does a step, its form, its timer, the conditions of
 * the routes; in a decision table the rows added, removed and changed, cell by cell under the
 * column's label (deadlines, routing); in a form the fields added, removed and changed. Anything
 * else (layout, documentation) is one "other" change, so a changed file never shows as unchanged.
 */
final class ModelDiff {

  private ModelDiff() {}

  /**
   * @param before the file in use, or null for a new one
   */
  static List<Change> between(ModelFile before, ModelFile after) {
    String procedure = String.join(", ", after.keys());
    List<Change> changes = new ArrayList<>();
    if (before == null) {
      after
          .definitions()
          .forEach((key, name) -> changes.add(Change.added(key, element(after), name)));
      return changes;
    }
    switch (after.kind()) {
      case BPMN -> bpmn(before.bpmnModel(), after.bpmnModel(), changes);
      case DMN -> dmn(before.dmnModel(), after.dmnModel(), changes);
      case FORM -> form(procedure, before.formJson(), after.formJson(), changes);
    }
    if (changes.isEmpty() && !Arrays.equals(before.content(), after.content())) {
      changes.add(new Change(procedure, Change.OTHER, element(after), procedure, null, null, null));
    }
    return changes;
  }

  private static String element(ModelFile file) {
    return switch (file.kind()) {
      case BPMN -> "process";
      case DMN -> "decision";
      case FORM -> "form";
    };
  }

  // ---- BPMN ------------------------------------------------------------------------------------

  private static void bpmn(BpmnModelInstance before, BpmnModelInstance after, List<Change> out) {
    Map<String, Process> oldProcesses = byId(before.getModelElementsByType(Process.class));
    for (Process process : after.getModelElementsByType(Process.class)) {
      Process old = oldProcesses.get(process.getId());
      String key = process.getId();
      if (old == null) {
        out.add(Change.added(key, "process", nameOf(process)));
        continue;
      }
      if (!Objects.equals(old.getName(), process.getName())) {
        out.add(Change.renamed(key, "process", old.getName(), process.getName()));
      }
      compare(
          out,
          key,
          "process",
          nameOf(process),
          "startableInTasklist",
          String.valueOf(old.isCamundaStartableInTasklist()),
          String.valueOf(process.isCamundaStartableInTasklist()));
      compare(
          out,
          key,
          "process",
          nameOf(process),
          "historyTimeToLive",
          old.getCamundaHistoryTimeToLiveString(),
          process.getCamundaHistoryTimeToLiveString());
      flowElements(key, old, process, out);
    }
  }

  private static void flowElements(String key, Process before, Process after, List<Change> out) {
    Map<String, FlowElement> old = byId(before.getChildElementsByType(FlowElement.class));
    Map<String, FlowElement> now = byId(after.getChildElementsByType(FlowElement.class));
    collectNested(before, old);
    collectNested(after, now);
    for (FlowElement element : old.values()) {
      if (!now.containsKey(element.getId())) {
        out.add(Change.removed(key, typeOf(element), nameOf(element)));
      }
    }
    for (FlowElement element : now.values()) {
      FlowElement previous = old.get(element.getId());
      if (previous == null) {
        out.add(Change.added(key, typeOf(element), nameOf(element)));
        continue;
      }
      String type = typeOf(element);
      if (!type.equals(typeOf(previous))) {
        out.add(Change.changed(key, type, nameOf(element), "type", typeOf(previous), type));
        continue;
      }
      if (!Objects.equals(previous.getName(), element.getName())) {
        out.add(Change.renamed(key, type, nameOf(previous), nameOf(element)));
      }
      properties(element)
          .forEach(
              (aspect, value) ->
                  compare(
                      out,
                      key,
                      type,
                      nameOf(element),
                      aspect,
                      properties(previous).get(aspect),
                      value));
    }
  }

  /** Elements of subprocesses (event subprocesses included) are compared like the others. */
  private static void collectNested(BaseElement scope, Map<String, FlowElement> into) {
    for (FlowElement element : scope.getChildElementsByType(FlowElement.class)) {
      into.putIfAbsent(element.getId(), element);
      if (!element.getChildElementsByType(FlowElement.class).isEmpty()) {
        collectNested(element, into);
      }
    }
  }

  /** The properties of an element a manager cares about: who, which form, when, which route. */
  private static Map<String, String> properties(FlowElement element) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (element instanceof UserTask task) {
      properties.put("candidateGroups", task.getCamundaCandidateGroups());
      properties.put("candidateUsers", task.getCamundaCandidateUsers());
      properties.put("assignee", task.getCamundaAssignee());
      properties.put("formRef", task.getCamundaFormRef());
      properties.put("dueDate", task.getCamundaDueDate());
      properties.put("priority", task.getCamundaPriority());
    }
    if (element instanceof ServiceTask task) {
      properties.put("implementation", task.getCamundaDelegateExpression());
    }
    if (element instanceof CallActivity call) {
      properties.put("calledElement", call.getCalledElement());
    }
    if (element instanceof BusinessRuleTask rule) {
      properties.put("decisionRef", rule.getCamundaDecisionRef());
    }
    if (element instanceof Event event) {
      String timers =
          event.getChildElementsByType(TimerEventDefinition.class).stream()
              .map(ModelDiff::timerOf)
              .collect(Collectors.joining("; "));
      properties.put("timer", timers.isEmpty() ? null : timers);
    }
    if (element instanceof SequenceFlow flow) {
      properties.put(
          "condition",
          flow.getConditionExpression() == null
              ? null
              : flow.getConditionExpression().getTextContent().trim());
      properties.put("source", nameOf(flow.getSource()));
      properties.put("target", nameOf(flow.getTarget()));
    }
    return properties;
  }

  private static String timerOf(TimerEventDefinition timer) {
    for (BaseElement part :
        Arrays.asList(timer.getTimeDuration(), timer.getTimeDate(), timer.getTimeCycle())) {
      if (part != null) {
        return part.getTextContent().trim();
      }
    }
    return "";
  }

  private static String typeOf(FlowElement element) {
    return element.getElementType().getTypeName();
  }

  /** An element's name, or its id where it has none (an unnamed route: from → to). */
  private static String nameOf(BaseElement element) {
    String name = element.getAttributeValue("name");
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    if (element instanceof SequenceFlow flow) {
      return nameOf(flow.getSource()) + " → " + nameOf(flow.getTarget());
    }
    return element.getId();
  }

  // ---- DMN -------------------------------------------------------------------------------------

  private static void dmn(DmnModelInstance before, DmnModelInstance after, List<Change> out) {
    Map<String, Decision> old = byDmnId(before.getModelElementsByType(Decision.class));
    Map<String, Decision> now = byDmnId(after.getModelElementsByType(Decision.class));
    old.keySet().stream()
        .filter(id -> !now.containsKey(id))
        .forEach(id -> out.add(Change.removed(id, "decision", decisionName(old.get(id)))));
    for (Decision decision : now.values()) {
      Decision previous = old.get(decision.getId());
      String key = decision.getId();
      if (previous == null) {
        out.add(Change.added(key, "decision", decisionName(decision)));
        continue;
      }
      if (!Objects.equals(previous.getName(), decision.getName())) {
        out.add(Change.renamed(key, "decision", decisionName(previous), decisionName(decision)));
      }
      DecisionTable oldTable = tableOf(previous);
      DecisionTable table = tableOf(decision);
      if (oldTable != null && table != null) {
        table(key, decisionName(decision), oldTable, table, out);
      }
    }
  }

  private static void table(
      String key, String name, DecisionTable before, DecisionTable after, List<Change> out) {
    compare(
        out,
        key,
        "decision",
        name,
        "hitPolicy",
        String.valueOf(before.getHitPolicy()),
        String.valueOf(after.getHitPolicy()));
    columns(key, before.getInputs(), after.getInputs(), ModelDiff::inputLabel, out);
    columns(key, before.getOutputs(), after.getOutputs(), ModelDiff::outputLabel, out);
    Map<String, Rule> old = byDmnId(before.getRules());
    Map<String, Rule> now = byDmnId(after.getRules());
    for (Rule rule : old.values()) {
      if (!now.containsKey(rule.getId())) {
        out.add(
            new Change(
                key,
                Change.REMOVED,
                "rule",
                ruleLabel(before, rule),
                null,
                outcome(before, rule),
                null));
      }
    }
    for (Rule rule : now.values()) {
      Rule previous = old.get(rule.getId());
      if (previous == null) {
        out.add(
            new Change(
                key,
                Change.ADDED,
                "rule",
                ruleLabel(after, rule),
                null,
                null,
                outcome(after, rule)));
        continue;
      }
      String label = ruleLabel(after, rule);
      Map<String, String> oldCells = cells(before, previous);
      cells(after, rule)
          .forEach(
              (column, value) ->
                  compare(out, key, "rule", label, column, oldCells.get(column), value));
    }
  }

  private static <T extends DmnElement> void columns(
      String key,
      Collection<T> before,
      Collection<T> after,
      Function<T, String> label,
      List<Change> out) {
    Map<String, T> old = byDmnId(before);
    Map<String, T> now = byDmnId(after);
    old.values().stream()
        .filter(column -> !now.containsKey(column.getId()))
        .forEach(column -> out.add(Change.removed(key, "column", label.apply(column))));
    for (T column : now.values()) {
      T previous = old.get(column.getId());
      if (previous == null) {
        out.add(Change.added(key, "column", label.apply(column)));
      } else if (!label.apply(previous).equals(label.apply(column))) {
        out.add(Change.renamed(key, "column", label.apply(previous), label.apply(column)));
      }
    }
  }

  /** A row's cells by column label: its conditions, then its results. */
  private static Map<String, String> cells(DecisionTable table, Rule rule) {
    Map<String, String> cells = new LinkedHashMap<>();
    List<Input> inputs = List.copyOf(table.getInputs());
    List<InputEntry> conditions = List.copyOf(rule.getInputEntries());
    for (int i = 0; i < Math.min(inputs.size(), conditions.size()); i++) {
      cells.put(inputLabel(inputs.get(i)), literal(conditions.get(i).getTextContent()));
    }
    List<Output> outputs = List.copyOf(table.getOutputs());
    List<OutputEntry> results = List.copyOf(rule.getOutputEntries());
    for (int i = 0; i < Math.min(outputs.size(), results.size()); i++) {
      cells.put(outputLabel(outputs.get(i)), literal(results.get(i).getTextContent()));
    }
    return cells;
  }

  /** A row as a manager finds it: its conditions ("Category repair, Subcategory lock-out"). */
  private static String ruleLabel(DecisionTable table, Rule rule) {
    List<Input> inputs = List.copyOf(table.getInputs());
    List<InputEntry> conditions = List.copyOf(rule.getInputEntries());
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(inputs.size(), conditions.size()); i++) {
      String condition = literal(conditions.get(i).getTextContent());
      if (condition != null && !condition.equals("-")) {
        parts.add(inputLabel(inputs.get(i)) + " " + condition);
      }
    }
    return parts.isEmpty() ? rule.getId() : String.join(", ", parts);
  }

  /** A row's results ("Priority high, Dispatch within PT1H"), for a row added or removed. */
  private static String outcome(DecisionTable table, Rule rule) {
    List<Output> outputs = List.copyOf(table.getOutputs());
    List<OutputEntry> results = List.copyOf(rule.getOutputEntries());
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(outputs.size(), results.size()); i++) {
      String value = literal(results.get(i).getTextContent());
      if (value != null) {
        parts.add(outputLabel(outputs.get(i)) + " " + value);
      }
    }
    return String.join(", ", parts);
  }

  private static String inputLabel(Input input) {
    if (input.getLabel() != null && !input.getLabel().isBlank()) {
      return input.getLabel();
    }
    return input.getInputExpression() == null
        ? input.getId()
        : input.getInputExpression().getTextContent().trim();
  }

  private static String outputLabel(Output output) {
    if (output.getLabel() != null && !output.getLabel().isBlank()) {
      return output.getLabel();
    }
    return output.getName() == null ? output.getId() : output.getName();
  }

  /** A cell's text without the quotes of a string literal; an empty cell is null. */
  private static String literal(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  private static DecisionTable tableOf(Decision decision) {
    return decision.getExpression() instanceof DecisionTable table ? table : null;
  }

  private static String decisionName(Decision decision) {
    return decision.getName() == null ? decision.getId() : decision.getName();
  }

  // ---- forms -----------------------------------------------------------------------------------

  private static void form(String key, JsonNode before, JsonNode after, List<Change> out) {
    Map<String, JsonNode> old = components(before);
    Map<String, JsonNode> now = components(after);
    old.forEach(
        (id, component) -> {
          if (!now.containsKey(id)) {
            out.add(Change.removed(key, kindOf(component), labelOf(component)));
          }
        });
    now.forEach(
        (id, component) -> {
          JsonNode previous = old.get(id);
          if (previous == null) {
            out.add(Change.added(key, kindOf(component), labelOf(component)));
            return;
          }
          String kind = kindOf(component);
          String label = labelOf(component);
          compare(
              out, key, kind, label, "label", text(previous, "label"), text(component, "label"));
          compare(
              out, key, kind, label, "fieldType", text(previous, "type"), text(component, "type"));
          compare(
              out,
              key,
              kind,
              label,
              "required",
              String.valueOf(previous.path("validate").path("required").asBoolean(false)),
              String.valueOf(component.path("validate").path("required").asBoolean(false)));
          compare(out, key, kind, label, "options", options(previous), options(component));
          compare(out, key, kind, label, "text", text(previous, "text"), text(component, "text"));
        });
  }

  /** A form's components by key (fields) or id (texts), nested groups flattened. */
  private static Map<String, JsonNode> components(JsonNode form) {
    Map<String, JsonNode> components = new LinkedHashMap<>();
    collect(form.path("components"), components);
    return components;
  }

  private static void collect(JsonNode list, Map<String, JsonNode> into) {
    for (JsonNode component : list) {
      String id =
          component.hasNonNull("key") ? component.get("key").asText() : text(component, "id");
      if (id != null) {
        into.putIfAbsent(id, component);
      }
      collect(component.path("components"), into);
    }
  }

  private static String kindOf(JsonNode component) {
    return component.hasNonNull("key") ? "field" : "text";
  }

  private static String labelOf(JsonNode component) {
    String label = text(component, "label");
    if (label != null) {
      return label;
    }
    return component.hasNonNull("key") ? component.get("key").asText() : text(component, "id");
  }

  private static String options(JsonNode component) {
    if (!component.path("values").isArray() || component.path("values").isEmpty()) {
      return null;
    }
    List<String> options = new ArrayList<>();
    component
        .path("values")
        .forEach(option -> options.add(option.path("label").asText(option.path("value").asText())));
    return String.join(" / ", options);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  // ---- shared ----------------------------------------------------------------------------------

  private static void compare(
      List<Change> out,
      String key,
      String element,
      String subject,
      String aspect,
      String before,
      String after) {
    String old = blankToNull(before);
    String now = blankToNull(after);
    if (!Objects.equals(old, now)) {
      out.add(Change.changed(key, element, subject, aspect, old, now));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static <T extends BaseElement> Map<String, T> byId(Collection<T> elements) {
    return byId(elements, BaseElement::getId);
  }

  private static <T extends DmnElement> Map<String, T> byDmnId(Collection<T> elements) {
    return byId(elements, DmnElement::getId);
  }

  private static <T> Map<String, T> byId(Collection<T> elements, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    elements.forEach(element -> byId.put(id.apply(element), element));
    return byId;
  }
}
