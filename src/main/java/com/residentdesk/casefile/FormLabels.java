package com.residentdesk.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A form field's label as the task's form shows it ("处理人"), so a refused entry names the field in
 * the words the clerk sees. Read once from the forms shipped with the desk ({@code forms/}).
 */
final class FormLabels {

  private static final Pattern USER_TASK_FORM =
      Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*?camunda:formRef=\"([^\"]+)\"");

  private static volatile Map<String, Map<String, String>> labels;
  private static volatile Map<String, String> forms;

  private FormLabels() {}

  /** The label of {@code key} on the task's form; empty when the form or the field is unknown. */
  static Optional<String> of(DelegateTask task, String key) {
    String form;
    try {
      UserTask element = task.getBpmnModelElementInstance();
      form = element == null ? null : element.getCamundaFormRef();
    } catch (RuntimeException noModel) {
      form = null;
    }
    return of(form, key);
  }

  /** The label of {@code key} on the form {@code form}; empty when either is unknown. */
  static Optional<String> of(String form, String key) {
    return form == null
        ? Optional.empty()
        : Optional.ofNullable(all().getOrDefault(form, Map.of()).get(key));
  }

  /**
   * The form of a user task of the models shipped with the desk ({@code processes/}), by its id.
   */
  static Optional<String> formOf(String taskKey) {
    Map<String, String> loaded = forms;
    if (loaded == null) {
      loaded = loadForms();
      forms = loaded;
    }
    return Optional.ofNullable(taskKey == null ? null : loaded.get(taskKey));
  }

  private static Map<String, String> loadForms() {
    Map<String, String> found = new HashMap<>();
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:processes/**/*.bpmn")) {
        try (InputStream in = resource.getInputStream()) {
          Matcher m = USER_TASK_FORM.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          while (m.find()) {
            found.putIfAbsent(m.group(1), m.group(2));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(found);
  }

  private static Map<String, Map<String, String>> all() {
    Map<String, Map<String, String>> loaded = labels;
    if (loaded == null) {
      loaded = load();
      labels = loaded;
    }
    return loaded;
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> forms = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = json.readTree(in);
          Map<String, String> fields = new HashMap<>();
          form.path("components")
              .forEach(
                  component -> {
                    if (component.hasNonNull("key") && component.hasNonNull("label")) {
                      fields.put(component.get("key").asText(), component.get("label").asText());
                    }
                  });
          forms.put(form.path("id").asText(), fields);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }
}
