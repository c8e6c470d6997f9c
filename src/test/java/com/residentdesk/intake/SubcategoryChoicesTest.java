package com.residentdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The start form's subcategory is chosen from a list that depends on the category, so an emergency
 * (a burst pipe, a flooding) is chosen and never typed (CAT-01, EMG-01): the list offers every
 * subcategory a row of the triage table names, and exactly those the API accepts.
 */
@Tag("fast")
class SubcategoryChoicesTest {

  private static final Pattern BRANCH =
      Pattern.compile("if category = \"([a-z-]+)\" then \\[(.*?)\\]");
  private static final Pattern VALUE = Pattern.compile("value: \"([a-z0-9-]+)\"");

  @Test
  void theFormOffersEveryTriageRowsSubcategoryUnderItsCategory_CAT01() throws IOException {
    Map<String, List<String>> offered = offered();
    Map<String, Set<String>> rows = triageRows();

    assertThat(rows).isNotEmpty();
    rows.forEach(
        (category, subcategories) ->
            assertThat(offered.get(category)).as(category).containsAll(subcategories));
  }

  @Test
  void theFormOffersExactlyTheSubcategoriesTheApiAccepts_CAT01() throws IOException {
    Map<String, List<String>> offered = offered();

    KnownSubcategory.KNOWN.forEach(
        (category, known) ->
            assertThat(offered.get(category))
                .as(category)
                .containsExactlyInAnyOrderElementsOf(known));
  }

  /**
   * Re-prioritisation (CAT-04) offers the subcategories of repair and everyday help the API
   * accepts, but none the triage table makes an emergency: those take the emergency path.
   */
  @Test
  void theReprioritisationFormOffersNoEmergencySubcategory_CAT04() throws IOException {
    Map<String, List<String>> offered = offered("forms/triage/reprioritise-case.form");

    assertThat(offered).containsOnlyKeys("repair", "everyday-help");
    Map<String, Set<String>> rows = triageRows();
    offered.forEach(
        (category, values) -> {
          Set<String> accepted = new LinkedHashSet<>(rows.getOrDefault(category, Set.of()));
          accepted.addAll(KnownSubcategory.KNOWN.getOrDefault(category, List.of()));
          assertThat(accepted).as(category).containsAll(values);
        });
    assertThat(offered.get("repair"))
        .contains("small", "big")
        .doesNotContain("burst-pipe", "critical-leak", "power-outage");
  }

  private static Map<String, List<String>> offered() throws IOException {
    return offered("forms/intake/resident-request-intake.form");
  }

  private static Map<String, List<String>> offered(String file) throws IOException {
    JsonNode form = new ObjectMapper().readTree(new File(file));
    String expression = null;
    for (JsonNode component : form.path("components")) {
      if ("subcategory".equals(component.path("key").asText())) {
        assertThat(component.path("type").asText()).isEqualTo("select");
        expression = component.path("valuesExpression").asText();
      }
    }
    assertThat(expression).isNotBlank();
    Map<String, List<String>> offered = new LinkedHashMap<>();
    Matcher branch = BRANCH.matcher(expression);
    while (branch.find()) {
      List<String> values = new ArrayList<>();
      Matcher value = VALUE.matcher(branch.group(2));
      while (value.find()) {
        values.add(value.group(1));
      }
      offered.put(branch.group(1), values);
    }
    return offered;
  }

  /** The subcategories each category's rows of the triage table name. */
  private static Map<String, Set<String>> triageRows() {
    DmnModelInstance dmn = Dmn.readModelFromFile(new File("processes/triage/triage.dmn"));
    Map<String, Set<String>> rows = new LinkedHashMap<>();
    // the triage table only: the chosenPriority table beside it reads a priority, not a category
    for (DecisionTable table :
        List.of((DecisionTable) dmn.getModelElementById("DecisionTable_Triage"))) {
      for (Rule rule : table.getRules()) {
        List<String> entries =
            rule.getInputEntries().stream().map(entry -> entry.getTextContent().trim()).toList();
        String category = entries.get(0).replace("\"", "");
        if (category.isEmpty() || entries.get(1).isEmpty()) {
          continue;
        }
        for (String subcategory : entries.get(1).split(",")) {
          rows.computeIfAbsent(category, c -> new LinkedHashSet<>())
              .add(subcategory.trim().replace("\"", ""));
        }
      }
    }
    return rows;
  }
}
