package com.residentdesk.casefile;

import com.residentdesk.system.InvalidEntryException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What completing one user task means for the case. The form fields named in {@link #sheetFields()}
 * are written to the handling sheet and then removed from the process: the case file keeps the
 * business data, the process keeps outcomes. {@link #complete} validates and records outcomes; an
 * exception there rejects the completion and the clerk sees its message in Tasklist.
 */
public interface TaskStep {

  /** The BPMN id of the user task. */
  String taskKey();

  /** The SOP rule the step serves, for the handling sheet. */
  String ruleId();

  /** The rule as recorded for this completion; a step may depend on the task's context. */
  default String ruleId(DelegateTask task) {
    return ruleId();
  }

  /** Form field key to the label shown on the handling sheet, in display order. */
  Map<String, String> sheetFields();

  /**
   * Form fields that leave the process like sheet fields but stay off the handling sheet, because
   * not everyone who reads the sheet may see them (a complaint's other parties, CMP-09).
   */
  default java.util.Set<String> privateFields() {
    return java.util.Set.of();
  }

  default void complete(DelegateTask task, ServiceCase serviceCase) {}

  static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString().trim();
  }

  static boolean flag(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** The entry, which must be one of the allowed codes. */
  static String oneOf(
      DelegateTask task, String name, String what, java.util.Collection<String> allowed) {
    String value = required(task, name, what);
    if (!allowed.contains(value)) {
      throw new InvalidEntryException(name, name + " must be one of " + allowed);
    }
    return value;
  }

  /**
   * A moment entered in a form (ISO-8601 with offset, as Tasklist's datetime field sends it) that
   * must lie between the case's receipt and now, allowing a few minutes for clocks that differ.
   */
  static java.time.Instant moment(
      DelegateTask task, String name, String what, ServiceCase serviceCase, java.time.Instant now) {
    String value = required(task, name, what);
    java.time.Instant moment;
    try {
      moment = java.time.OffsetDateTime.parse(value).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidEntryException(
          name, name + " must be a date and time with offset, like 2026-11-22T10:30+08:00");
    }
    java.time.Duration skew = java.time.Duration.ofMinutes(5);
    if (moment.isAfter(now.plus(skew))) {
      throw new InvalidEntryException(name, name + " cannot be in the future");
    }
    if (moment.isBefore(serviceCase.getReceivedAt().minus(skew))) {
      throw new InvalidEntryException(name, name + " cannot be before the request was received");
    }
    return moment;
  }

  static String required(DelegateTask task, String name, String what) {
    String value = text(task, name);
    if (value == null || value.isEmpty()) {
      throw new InvalidEntryException(name, what + " is required");
    }
    return value;
  }
}
