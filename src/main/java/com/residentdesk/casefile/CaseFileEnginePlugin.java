package com.residentdesk.casefile;

import com.residentdesk.system.InvalidEntryException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the case file needs from the engine: its task listeners on every user task of every deployed
 * model (so the handling sheet cannot be forgotten on a task a process owner adds in Modeler), a
 * history level that leaves case data to the case file, and rejected form entries reaching Tasklist
 * and the REST API as themselves. Listeners are looked up lazily: they use engine services, which
 * do not exist yet while the engine is being built.
 */
@Component
public class CaseFileEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<HandlingSheetListener> handlingSheet;
  private final ObjectProvider<TaskDescriptionListener> description;
  private final ObjectProvider<TaskStep> steps;
  private final ObjectProvider<StartFormCaseData> startForms;

  public CaseFileEnginePlugin(
      ObjectProvider<HandlingSheetListener> handlingSheet,
      ObjectProvider<TaskDescriptionListener> description,
      ObjectProvider<TaskStep> steps,
      ObjectProvider<StartFormCaseData> startForms) {
    this.handlingSheet = handlingSheet;
    this.description = description;
    this.steps = steps;
    this.startForms = startForms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    registerHistoryLevel(configuration);
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withUnwrapper(configuration.getCustomPreCommandInterceptorsTxRequired()));
    TaskListener onCreate = task -> description.getObject().onCreate(task);
    TaskListener onComplete = task -> handlingSheet.getObject().onComplete(task);
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition =
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
                definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, onComplete);
              }
            });
  }

  /** Keeps form fields that are case data out of the variable history (see the level's doc). */
  private void registerHistoryLevel(ProcessEngineConfigurationImpl configuration) {
    Supplier<Set<String>> fields =
        () -> {
          Set<String> names = new HashSet<>();
          Arrays.stream(ResidentRequest.class.getRecordComponents())
              .map(RecordComponent::getName)
              .forEach(names::add);
          // the case block each task shows: the resident's name and phone among it
          names.add(CaseBlock.VARIABLE);
          names.add(CaseBlock.VARIABLE_EN);
          steps
              .orderedStream()
              .flatMap(step -> step.fields().stream())
              .filter(FormField::isCaseData)
              .map(FormField::name)
              .forEach(names::add);
          startForms.orderedStream().flatMap(form -> form.fields().stream()).forEach(names::add);
          return names;
        };
    Supplier<Set<String>> once = memoize(fields);
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(new CaseDataHistoryLevel(once));
  }

  private static List<CommandInterceptor> withUnwrapper(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors =
        existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new InvalidEntryUnwrapper());
    return interceptors;
  }

  /** The engine wraps what a task listener throws; a rejected entry is passed on unwrapped. */
  static class InvalidEntryUnwrapper extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof InvalidEntryException invalid) {
            throw invalid;
          }
        }
        throw e;
      }
    }
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}
