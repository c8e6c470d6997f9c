package com.residentdesk.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Task steps written as data: a task, its rule, its sheet fields and its check. */
public final class Steps {

  private Steps() {}

  /** What completing the task checks and records beyond the handling sheet. */
  @FunctionalInterface
  public interface Check {
    void apply(DelegateTask task, ServiceCase serviceCase);
  }

  public record Step(String taskKey, String ruleId, Map<String, String> sheetFields, Check check)
      implements TaskStep {

    @Override
    public void complete(DelegateTask task, ServiceCase serviceCase) {
      check.apply(task, serviceCase);
    }
  }

  public static TaskStep step(
      String taskKey, String ruleId, Map<String, String> sheetFields, Check check) {
    return new Step(taskKey, ruleId, sheetFields, check);
  }

  /** Sheet fields in display order: key, label, key, label, ... */
  public static Map<String, String> fields(String... keysAndLabels) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndLabels.length; i += 2) {
      fields.put(keysAndLabels[i], keysAndLabels[i + 1]);
    }
    return fields;
  }
}
