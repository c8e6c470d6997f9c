package com.residentdesk.casefile;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable as a typed constant that reads and writes itself: {@code
 * CASE_ID.from(execution)}, {@code FIXED.set(task, true)}, and in tests {@code
 * variables(DESK_OUTCOME.of("dispatch"))}. Code and tests name a variable only through one of these
 * (each process's {@code <Name>Process} class holds its own), so a name is spelt once and a read
 * needs no cast. The idea is holunda's camunda-bpm-data; see ARCHITECTURE.md for why this small
 * class and not that library.
 *
 * <p>Values arrive as the engine and Camunda Forms store them (a checkbox may come back as {@code
 * "true"}, a number field as a Double); each factory says how such a value is read as {@code T}.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<Object, T> reader;

  private ProcessVariable(String name, Function<Object, T> reader) {
    this.name = name;
    this.reader = reader;
  }

  /** Any value, read as its text. */
  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, Object::toString);
  }

  /** A checkbox or decision output: {@code true} or the text {@code "true"}. */
  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(
        name, raw -> raw instanceof Boolean b ? b : "true".equals(raw.toString().trim()));
  }

  /** An entity id, whatever numeric type the starter used. */
  public static ProcessVariable<Long> id(String name) {
    return new ProcessVariable<>(name, raw -> number(name, raw).longValue());
  }

  /** A whole number; a number field's {@code 3.0} and the text {@code "3"} are 3. */
  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, raw -> number(name, raw).intValue());
  }

  private static Number number(String name, Object raw) {
    if (raw instanceof Number number) {
      return number;
    }
    try {
      return Double.parseDouble(raw.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number", e);
    }
  }

  public String name() {
    return name;
  }

  /**
   * @return the value
   * @throws IllegalStateException when the variable is not set (a model or wiring error)
   */
  public T from(VariableScope scope) {
    return find(scope)
        .orElseThrow(() -> new IllegalStateException("The process variable " + name + " is unset"));
  }

  /** The value, empty when the variable is not set, null or blank. */
  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(read(scope.getVariable(name)));
  }

  /** Reads a raw value (from a history query, say); null and blank are null. */
  public T read(Object raw) {
    if (raw == null || (raw instanceof String text && text.isBlank())) {
      return null;
    }
    return reader.apply(raw);
  }

  public boolean isSet(VariableScope scope) {
    return scope.hasVariable(name);
  }

  /** Sets the value where the variable lives, or on the process instance when it is new. */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /** Sets the value on this scope only (an event subprocess's own outcome). */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  /** This variable with a value, for starting a process or completing a task. */
  public Value of(T value) {
    return new Value(name, value);
  }

  /** A variable's name with a value. */
  public record Value(String name, Object value) {}

  /** The variables' names, for queries and assertions that take names. */
  public static String[] names(ProcessVariable<?>... variables) {
    return Arrays.stream(variables).map(ProcessVariable::name).toArray(String[]::new);
  }

  /** The values as the engine's variable map. */
  public static VariableMap variables(Value... values) {
    VariableMap map = Variables.createVariables();
    for (Value value : values) {
      map.putValue(value.name(), value.value());
    }
    return map;
  }

  @Override
  public String toString() {
    return name;
  }
}
