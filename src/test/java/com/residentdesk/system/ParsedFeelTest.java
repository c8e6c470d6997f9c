package com.residentdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The FEEL parsed once ({@link ParsedFeel}) decides exactly as Camunda's own Scala FEEL engine:
 * every deployed decision table, evaluated with every value its input entries name (plus one nobody
 * names, and none), gives the same result list with both engines, the first time and again from the
 * parsed texts.
 */
@Tag("fast")
class ParsedFeelTest {

  private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");

  private final DmnEngine camunda =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final ParsedFeel.Engine parsedFeel = new ParsedFeel.Engine(List.of());
  private final DmnEngine parsedOnce =
      ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
          .feelEngineFactory(() -> parsedFeel)
          .buildEngine();

  static Stream<Resource> decisionModels() throws IOException {
    return Stream.of(
        new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.dmn"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisionModels")
  void decidesEveryInputAsCamundasFeelEngine(Resource file) throws IOException {
    DmnModelInstance model;
    try (InputStream in = file.getInputStream()) {
      model = Dmn.readModelFromStream(in);
    }
    List<Map<String, Object>> grid = inputGrid(model);
    assertThat(grid).hasSizeGreaterThan(2);
    for (DmnDecision decision : parsedOnce.parseDecisions(model)) {
      DmnDecision reference = camunda.parseDecision(decision.getKey(), model);
      for (int round = 1; round <= 2; round++) {
        for (Map<String, Object> variables : grid) {
          assertThat(outcome(parsedOnce, decision, variables))
              .as("%s round %d with %s", decision.getKey(), round, variables)
              .isEqualTo(outcome(camunda, reference, variables));
        }
        int kept = parsedFeel.parsing().cached() + parsedFeel.literals().kept();
        assertThat(kept).as("texts parsed or recognised, and kept").isPositive();
      }
    }
  }

  @Test
  void keepsEachTextOnceAndFailsAsCamundaOnTextsThatDoNotParse() {
    VariableContext context = Variables.createVariables().putValue("x", 3).asVariableContext();
    for (int i = 0; i < 3; i++) {
      assertThat(parsedFeel.evaluateSimpleUnaryTests("< 5", "x", context)).isTrue();
      assertThat((Object) parsedFeel.evaluateSimpleExpression("x + 1", context)).isEqualTo(4L);
    }
    assertThat(parsedFeel.parsing().cached()).isEqualTo(2);

    assertThatThrownBy(() -> parsedFeel.evaluateSimpleExpression("x +", context))
        .isInstanceOf(FeelException.class)
        .hasMessageContaining("failed to parse expression 'x +'");
    assertThatThrownBy(() -> parsedFeel.evaluateSimpleUnaryTests("< < 5", "x", context))
        .isInstanceOf(FeelException.class)
        .hasMessageContaining("failed to parse expression '< < 5'");
    assertThat(parsedFeel.parsing().cached()).as("failures are not kept").isEqualTo(2);
  }

  /** Each kind of text answered without FEEL, and its near misses, answer as FEEL does. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("expressions")
  void answersSimpleExpressionsAsCamundasFeelEngine(String text) {
    for (int round = 1; round <= 2; round++) {
      assertThat(outcome(() -> parsedFeel.evaluateSimpleExpression(text, CELLS)))
          .as("%s, round %d", text, round)
          .isEqualTo(outcome(() -> plainFeel.evaluateSimpleExpression(text, CELLS)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unaryTests")
  void answersSimpleUnaryTestsAsCamundasFeelEngine(String text) {
    for (String input : CELLS.keySet()) {
      assertThat(outcome(() -> parsedFeel.evaluateSimpleUnaryTests(text, input, CELLS)))
          .as("%s against %s = %s", text, input, CELLS.resolve(input))
          .isEqualTo(outcome(() -> plainFeel.evaluateSimpleUnaryTests(text, input, CELLS)));
    }
  }

  @Test
  void answersTheTriageTablesLiteralsWithoutTheFeelEngine() {
    assertThat(parsedFeel.evaluateSimpleUnaryTests("\"repair\", \"维修\"", "text", CELLS)).isTrue();
    assertThat((Object) parsedFeel.evaluateSimpleExpression("\"P2\"", CELLS)).isEqualTo("P2");
    assertThat((Object) parsedFeel.evaluateSimpleExpression("text", CELLS)).isEqualTo("维修");
    assertThat(parsedFeel.parsing().cached()).as("texts the FEEL engine parsed").isZero();
    assertThat(parsedFeel.literals().kept()).isEqualTo(3);
  }

  private static final VariableContext CELLS =
      Variables.createVariables()
          .putValue("text", "维修")
          .putValue("other", "repair")
          .putValue("empty", "")
          .putValue("yes", true)
          .putValue("nothing", null)
          .putValue("number", 5)
          .putValue("decimal", 2.5)
          .asVariableContext();

  private final ScalaFeelEngine plainFeel = new ScalaFeelEngine(List.of());

  static Stream<String> expressions() {
    return Stream.of(
        "\"P1\"",
        " \"P1\" ",
        "\"\"",
        "\"维修 班组\"",
        "\"a\\\"b\"",
        "\"a\\nb\"",
        "true",
        "false",
        "0",
        "3",
        "-7",
        "007",
        "123456789012345",
        "1234567890123456",
        "2.5",
        "text",
        "other",
        "empty",
        "yes",
        "nothing",
        "number",
        "decimal",
        "missing",
        "null",
        "not",
        "text + \"x\"",
        "\"a\",\"b\"",
        "TRUE");
  }

  static Stream<String> unaryTests() {
    return Stream.of(
        "\"维修\"",
        "\"repair\",\"维修\"",
        " \"repair\" ,  \"x\" ",
        "\"\"",
        "\"Repair\"",
        "not(\"repair\")",
        "\"re\\\"pair\"",
        "\"repair\",",
        "\"repair\" \"x\"",
        "true",
        "5",
        "-");
  }

  private static Object outcome(Supplier<Object> evaluation) {
    try {
      Object value = evaluation.get();
      return value == null ? "null" : value.getClass().getName() + ": " + value;
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** The outcome: the result list, or the failure's type and message. */
  private static Object outcome(DmnEngine engine, DmnDecision decision, Map<String, Object> vars) {
    try {
      List<Map<String, Object>> results = new ArrayList<>();
      engine
          .evaluateDecisionTable(decision, Variables.fromMap(vars))
          .getResultList()
          .forEach(row -> results.add(new TreeMap<>(row)));
      return results;
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Every combination of the values each input's entries name, one named by none, and null. */
  private static List<Map<String, Object>> inputGrid(DmnModelInstance model) {
    Set<String> strings = new LinkedHashSet<>();
    for (InputEntry entry : model.getModelElementsByType(InputEntry.class)) {
      Matcher literal = STRING_LITERAL.matcher(entry.getText().getTextContent());
      while (literal.find()) {
        strings.add(literal.group(1));
      }
    }
    strings.add("named-by-no-rule");
    List<Map<String, Object>> grid = new ArrayList<>();
    grid.add(new TreeMap<>());
    for (Input input : model.getModelElementsByType(Input.class)) {
      String name = input.getInputExpression().getText().getTextContent().trim();
      List<Object> values = new ArrayList<>();
      if ("boolean".equals(input.getInputExpression().getTypeRef())) {
        values.addAll(List.of(true, false));
      } else {
        values.addAll(strings);
      }
      values.add(null);
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> row : grid) {
        for (Object value : values) {
          Map<String, Object> extended = new TreeMap<>(row);
          extended.put(name, value);
          next.add(extended);
        }
      }
      grid = next;
    }
    return grid;
  }
}
