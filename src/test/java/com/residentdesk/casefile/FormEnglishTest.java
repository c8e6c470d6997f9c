package com.residentdesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An English browser gets every form in English (desk-form-language.js applies the catalogue
 * desk-form-english.json): every text a form shows staff - labels, descriptions, texts,
 * placeholders, options, the options of a FEEL options expression - and every task's name (the case
 * block's English version names earlier steps with it) has an English entry.
 */
@Tag("fast")
class FormEnglishTest {

  private static final List<String> TEXT_KEYS =
      List.of("label", "description", "text", "placeholder", "dateLabel", "timeLabel");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern OPTION_LABEL = Pattern.compile("label: \"([^\"]*)\"");
  private static final Pattern TASK_NAME =
      Pattern.compile("<bpmn:userTask id=\"[^\"]*\" name=\"([^\"]*)\"");

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyTextOfEveryFormHasAnEnglishEntry_INT02() throws IOException {
    Map<String, String> english = FormEnglish.all();
    List<String> missing = new ArrayList<>();
    int texts = 0;
    for (Path form : files("forms", ".form")) {
      List<String> found = new ArrayList<>();
      collect(json.readTree(form.toFile()).path("components"), found);
      texts += found.size();
      found.stream()
          .filter(text -> !english.containsKey(text))
          .forEach(text -> missing.add(form.getFileName() + ": " + text));
    }
    assertThat(texts).as("texts found on the forms").isGreaterThan(300);
    assertThat(missing).as("form texts without an English entry").isEmpty();
  }

  @Test
  void everyTaskNameHasAnEnglishEntry_INT02() throws IOException {
    Map<String, String> english = FormEnglish.all();
    List<String> missing = new ArrayList<>();
    for (Path model : files("processes", ".bpmn")) {
      Matcher m = TASK_NAME.matcher(Files.readString(model));
      while (m.find()) {
        if (!english.containsKey(m.group(1))) {
          missing.add(model.getFileName() + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).as("task names without an English entry").isEmpty();
  }

  @Test
  void theEntriesAreEnglish_INT02() {
    // a unit or a property name may be quoted as an example, the rest is English
    assertThat(FormEnglish.all())
        .allSatisfy(
            (chinese, english) ->
                assertThat(HAN.matcher(english).replaceAll("").strip())
                    .as(chinese)
                    .matches("(?s).*[A-Za-z].*")
                    .isNotEqualTo(chinese));
    assertThat(FormEnglish.of("处理人")).isEqualTo("Handler");
    assertThat(FormEnglish.of("not in the catalogue")).isEqualTo("not in the catalogue");
  }

  private void collect(JsonNode components, List<String> texts) {
    for (JsonNode component : components) {
      for (String key : TEXT_KEYS) {
        add(component.path(key).asText(""), texts);
      }
      component.path("values").forEach(option -> add(option.path("label").asText(""), texts));
      Matcher m = OPTION_LABEL.matcher(component.path("valuesExpression").asText(""));
      while (m.find()) {
        add(m.group(1), texts);
      }
      collect(component.path("components"), texts);
    }
  }

  /** Texts staff read: not a FEEL expression, not a bare template such as {{caseInfo}}. */
  private static void add(String text, List<String> texts) {
    if (!text.startsWith("=") && HAN.matcher(text).find()) {
      texts.add(text);
    }
  }

  private static List<Path> files(String root, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(root))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
