package com.residentdesk.casefile;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches the case's task listeners to every user task of every deployed model, so the handling
 * sheet cannot be forgotten on a task a process owner adds in Modeler. The listeners are looked up
 * lazily: they use engine services, which do not exist yet while the engine is being built.
 */
@Component
public class CaseTaskListenersPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<HandlingSheetListener> handlingSheet;
  private final ObjectProvider<TaskDescriptionListener> description;

  public CaseTaskListenersPlugin(
      ObjectProvider<HandlingSheetListener> handlingSheet,
      ObjectProvider<TaskDescriptionListener> description) {
    this.handlingSheet = handlingSheet;
    this.description = description;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
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
}
