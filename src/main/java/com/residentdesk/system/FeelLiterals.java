package com.residentdesk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The decision-table texts whose value needs no FEEL evaluation: a string literal ({@code "P1"}),
 * {@code true} or {@code false}, a whole number, the name of a variable holding a text or a yes/no
 * value, and as input entries a list of string literals ({@code "repair","plumbing"}) tested
 * against a text. Most of the triage table is such texts, and feel-scala 1.19 builds its whole
 * library of built-in functions anew for every evaluation (BENCHMARKS.md 10): at 30–40 cells per
 * triage that was the largest single cost of an intake. Anything else — escapes, other types, a
 * missing or empty variable, any operator — goes to the FEEL engine, and {@code ParsedFeelTest}
 * compares each kind with the FEEL engine's own answer.
 */
final class FeelLiterals {

  /** What {@link #expression} answers for a text it leaves to the FEEL engine. */
  static final Object NOT_SIMPLE = new Object();

  private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
  private static final Pattern STRINGS =
      Pattern.compile("\"[^\"\\\\]*\"(?:\\s*,\\s*\"[^\"\\\\]*\")*");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,15}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "true",
          "false",
          "null",
          "not",
          "and",
          "or",
          "between",
          "in",
          "instance",
          "of",
          "if",
          "then",
          "else",
          "for",
          "return",
          "some",
          "every",
          "satisfies",
          "function",
          "external");

  private sealed interface Text {}

  private record Value(Object value) implements Text {}

  private record Name(String name) implements Text {}

  private record AnyOf(Set<String> texts) implements Text {}

  private enum Other implements Text {
    FEEL
  }

  private final Map<String, Text> expressions = new ConcurrentHashMap<>();
  private final Map<String, Text> unaryTests = new ConcurrentHashMap<>();

  /** The value of a simple expression text, or {@link #NOT_SIMPLE}. */
  Object expression(String text, VariableContext variables) {
    Text kind = kindOf(expressions, text, FeelLiterals::expressionKind);
    if (kind instanceof Value value) {
      return value.value();
    }
    if (kind instanceof Name name && variables.containsVariable(name.name())) {
      TypedValue typed = variables.resolve(name.name());
      Object value = typed == null ? null : typed.getValue();
      if (value instanceof String || value instanceof Boolean) {
        return value;
      }
    }
    return NOT_SIMPLE;
  }

  /** Whether the input matches simple unary tests, or null when FEEL must decide. */
  Boolean unaryTests(String text, String inputVariable, VariableContext variables) {
    if (kindOf(unaryTests, text, FeelLiterals::unaryTestsKind) instanceof AnyOf anyOf) {
      TypedValue input = variables.resolve(inputVariable);
      if (input != null && input.getValue() instanceof String value) {
        return anyOf.texts().contains(value);
      }
    }
    return null;
  }

  /** How many texts are kept, recognised or not. */
  int kept() {
    return expressions.size() + unaryTests.size();
  }

  private static Text kindOf(Map<String, Text> cache, String text, Function<String, Text> kind) {
    return ParsedFeel.remembered(cache, text, t -> kind.apply(t.strip()));
  }

  private static Text expressionKind(String text) {
    Matcher string = STRING.matcher(text);
    if (string.matches()) {
      return new Value(string.group(1));
    }
    if (text.equals("true") || text.equals("false")) {
      return new Value(Boolean.valueOf(text));
    }
    if (WHOLE_NUMBER.matcher(text).matches()) {
      return new Value(Long.valueOf(text));
    }
    if (NAME.matcher(text).matches() && !KEYWORDS.contains(text)) {
      return new Name(text);
    }
    return Other.FEEL;
  }

  private static Text unaryTestsKind(String text) {
    if (!STRINGS.matcher(text).matches()) {
      return Other.FEEL;
    }
    Matcher string = STRING.matcher(text);
    List<String> texts = new ArrayList<>();
    while (string.find()) {
      texts.add(string.group(1));
    }
    return new AnyOf(Set.copyOf(texts));
  }
}
