package com.residentdesk.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngineClock;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;

/**
 * Decision tables evaluated without parsing their FEEL again on every evaluation. Camunda's Scala
 * FEEL integration hands each input expression, input entry and output entry to the FEEL engine as
 * text, and the FEEL engine parses the text every time (camunda/feel-scala#1149): for the triage
 * table that is dozens of parses per intake, and the parser was the largest single cost of an
 * intake in the profile (BENCHMARKS.md item 2). Here the DMN engine gets the same Scala FEEL
 * engine, built the same way by Camunda's own class ({@link ScalaFeelEngine}: the same value
 * mappers, custom functions and configuration), except that the text is parsed once and the parsed
 * form evaluated. FEEL's semantics are the engine's own: the parsed expression is what the engine
 * would have parsed, validated and evaluated. A text that does not parse is not cached and goes the
 * engine's usual way, failure message included. Texts that need no FEEL at all (string literals and
 * the like, {@link FeelLiterals}) are answered without it.
 *
 * <p>Camunda 7.24 has no public setting for this; the DMN engine's configuration takes a FEEL
 * engine factory, which is the documented extension point for the FEEL engine.
 */
@Component
public class ParsedFeel extends AbstractProcessEnginePlugin {

  /** Distinct texts kept per kind; past this the cache starts afresh (redeployed tables). */
  static final int CAPACITY = 4_096;

  /**
   * The value kept for a text, worked out and kept on first use; a null value (a text that does not
   * parse) is not kept. Past {@link #CAPACITY} texts the cache starts afresh.
   */
  static <V> V remembered(Map<String, V> cache, String text, Function<String, V> workOut) {
    V known = cache.get(text);
    if (known == null) {
      known = workOut.apply(text);
      if (known != null) {
        if (cache.size() >= CAPACITY) {
          cache.clear();
        }
        cache.put(text, known);
      }
    }
    return known;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      return; // the legacy JUEL-based FEEL is not the Scala engine: leave it as it is
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn =
          (DefaultDmnEngineConfiguration)
              DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    if (dmn.getFeelEngineFactory() == null) {
      // read when the DMN engine is built, after the process engine has handed over its custom
      // functions
      DefaultDmnEngineConfiguration built = dmn;
      dmn.setFeelEngineFactory(() -> new Engine(built.getFeelCustomFunctionProviders()));
    }
  }

  /** Camunda's Scala FEEL engine with a FEEL engine underneath that parses each text once. */
  public static class Engine extends ScalaFeelEngine {

    private final FeelLiterals literals = new FeelLiterals();

    Engine(java.util.List<FeelCustomFunctionProvider> functionProviders) {
      super(functionProviders);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      Object value = literals.expression(expression, variables);
      return value == FeelLiterals.NOT_SIMPLE
          ? super.evaluateSimpleExpression(expression, variables)
          : (T) value;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(
        String expression, String inputVariable, VariableContext variables) {
      Boolean matches = literals.unaryTests(expression, inputVariable, variables);
      return matches == null
          ? super.evaluateSimpleUnaryTests(expression, inputVariable, variables)
          : matches;
    }

    /** The texts answered without the FEEL engine. */
    FeelLiterals literals() {
      return literals;
    }

    @Override
    protected FeelEngine buildFeelEngine(
        CustomFunctionTransformer functions, ValueMapper.CompositeValueMapper valueMapper) {
      // what FeelEngine.Builder builds for Camunda: its functions and mappers, external functions
      // off, the system clock
      return new Parsing(
          functions, valueMapper, new FeelEngine.Configuration(false), FeelEngine.defaultClock());
    }

    /** The parsed-once FEEL engine this one evaluates with. */
    Parsing parsing() {
      return (Parsing) feelEngine;
    }
  }

  /** The FEEL engine, parsing each expression and unary-tests text once. */
  static class Parsing extends FeelEngine {

    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    Parsing(
        FunctionProvider functions,
        ValueMapper valueMapper,
        FeelEngine.Configuration configuration,
        FeelEngineClock clock) {
      super(functions, valueMapper, configuration, clock);
    }

    @Override
    public camundajar.impl.scala.util.Either<FeelEngine.Failure, Object> evalExpression(
        String expression, Context context) {
      ParsedExpression parsed = parsed(expressions, expression, this::parseExpression);
      return parsed == null ? super.evalExpression(expression, context) : eval(parsed, context);
    }

    @Override
    public camundajar.impl.scala.util.Either<FeelEngine.Failure, Object> evalUnaryTests(
        String expression, Context context) {
      ParsedExpression parsed = parsed(unaryTests, expression, this::parseUnaryTests);
      if (parsed == null) {
        return super.evalUnaryTests(expression, context);
      }
      // as the engine does: the result is a Boolean (null counts as no match)
      return eval(parsed, context)
          .map(value -> camundajar.impl.scala.runtime.BoxesRunTime.unboxToBoolean(value));
    }

    int cached() {
      return expressions.size() + unaryTests.size();
    }

    private static ParsedExpression parsed(
        Map<String, ParsedExpression> cache,
        String text,
        Function<String, camundajar.impl.scala.util.Either<FeelEngine.Failure, ParsedExpression>>
            parser) {
      return remembered(
          cache,
          text,
          t -> {
            var result = parser.apply(t);
            return result.isLeft() ? null : result.toOption().get();
          });
    }
  }
}
