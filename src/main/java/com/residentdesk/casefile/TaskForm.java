package com.residentdesk.casefile;

import com.residentdesk.system.InvalidEntryException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The entries of a task being completed, as its {@link TaskStep} sees them. A step reads only the
 * form fields it declared (so the model-contract test can hold every declared field against the
 * task's form), and a rejected entry is an {@link InvalidEntryException} naming the field, which
 * Tasklist shows and the REST API answers with 400.
 */
public final class TaskForm {

  /** A moment entered in a form may be this far ahead of our clock (clocks differ). */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final TaskStep step;
  private final DelegateTask task;

  TaskForm(TaskStep step, DelegateTask task) {
    this.step = step;
    this.task = task;
  }

  /** The entry, empty when it was left blank. */
  public <T> Optional<T> find(ProcessVariable<T> field) {
    if (step.fields().stream().noneMatch(declared -> declared.name().equals(field.name()))) {
      throw new IllegalStateException(
          step.getClass().getSimpleName() + " reads " + field + " without declaring it");
    }
    return field.find(task);
  }

  /** A text entry, trimmed; null when left blank. */
  public String text(ProcessVariable<String> field) {
    return find(field).map(String::trim).filter(text -> !text.isEmpty()).orElse(null);
  }

  public String required(ProcessVariable<String> field, String what) {
    String value = text(field);
    if (value == null) {
      throw new InvalidEntryException(
          field.name(), label(field) + "：必须填写 / " + what + " is required");
    }
    return value;
  }

  /** A checkbox: unticked or absent is false. */
  public boolean flag(ProcessVariable<Boolean> field) {
    return find(field).orElse(false);
  }

  /** The entry, which must be one of the allowed codes. */
  public String oneOf(ProcessVariable<String> field, String what, Collection<String> allowed) {
    String value = required(field, what);
    if (!allowed.contains(value)) {
      throw new InvalidEntryException(
          field.name(), label(field) + "：请从列表中选择 / " + field + " must be one of " + allowed);
    }
    return value;
  }

  /**
   * A moment (ISO-8601 with offset, as Tasklist's datetime field sends it) that must lie between
   * the case's receipt and now, allowing a few minutes for clocks that differ.
   */
  public Instant moment(
      ProcessVariable<String> field, String what, ServiceCase serviceCase, Instant now) {
    String value = required(field, what);
    Instant moment;
    try {
      moment = OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidEntryException(
          field.name(),
          label(field)
              + "：请选择日期和时间 / "
              + field
              + " must be a date and time with offset, like 2026-11-22T10:30+08:00");
    }
    if (moment.isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidEntryException(
          field.name(), label(field) + "不能晚于现在 / " + field + " cannot be in the future");
    }
    if (moment.isBefore(serviceCase.getReceivedAt().minus(CLOCK_SKEW))) {
      throw new InvalidEntryException(
          field.name(),
          label(field) + "不能早于受理时间 / " + field + " cannot be before the request was received");
    }
    return moment;
  }

  /**
   * A time a person enters by hand, without a date picker: "14:17" or "14:17:05" (today in the
   * property's time zone, yesterday when that would be in the future, as just after midnight), or
   * an ISO-8601 date and time with offset. Blank: empty. Kept to the second, never rounded; must
   * lie between the case's receipt and now, allowing a few minutes for clocks that differ.
   */
  public Optional<Instant> timeOfDay(
      ProcessVariable<String> field,
      String what,
      ServiceCase serviceCase,
      Instant now,
      java.time.ZoneId zone) {
    String value = text(field);
    if (value == null) {
      return Optional.empty();
    }
    Instant moment;
    try {
      if (value.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
        java.time.LocalTime time =
            java.time.LocalTime.parse(value.indexOf(':') == 1 ? "0" + value : value);
        java.time.ZonedDateTime today = now.atZone(zone).with(time);
        moment =
            today.toInstant().isAfter(now.plus(CLOCK_SKEW))
                ? today.minusDays(1).toInstant()
                : today.toInstant();
      } else {
        moment = OffsetDateTime.parse(value).toInstant();
      }
    } catch (DateTimeParseException e) {
      throw new InvalidEntryException(
          field.name(),
          what + "：请按 24 小时制填写时间，如 14:17 或 14:17:05 / " + field + " must be a time like 14:17:05");
    }
    if (moment.isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidEntryException(
          field.name(), what + "不能晚于现在 / " + field + " cannot be in the future");
    }
    if (moment.isBefore(serviceCase.getReceivedAt().minus(CLOCK_SKEW))) {
      throw new InvalidEntryException(
          field.name(),
          what + "不能早于受理时间 / " + field + " cannot be before the request was received");
    }
    return Optional.of(moment.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  /** A date field ("2026-11-30"; a datetime's date part is taken). */
  public LocalDate date(ProcessVariable<String> field, String what) {
    String value = required(field, what);
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new InvalidEntryException(
          field.name(), label(field) + "：请选择日期 / " + field + " must be a date like 2026-11-30");
    }
  }

  /** A whole number of at least {@code min}; blank is {@code min}. */
  public int count(ProcessVariable<Integer> field, int min) {
    int value;
    try {
      value = find(field).orElse(min);
    } catch (IllegalArgumentException notANumber) {
      throw new InvalidEntryException(
          field.name(), label(field) + "：请填写数字 / " + field + " must be a number");
    }
    if (value < min) {
      throw new InvalidEntryException(
          field.name(), label(field) + "不能小于 " + min + " / " + field + " must be at least " + min);
    }
    return value;
  }

  /** The field as the task's form labels it, "“处理人”"; its key when the form is not known. */
  public String label(ProcessVariable<?> field) {
    return "“" + FormLabels.of(task, field.name()).orElse(field.name()) + "”";
  }

  /** Writes an outcome for the gateways after the task (normalised, or derived from entries). */
  public <T> void set(ProcessVariable<T> outcome, T value) {
    outcome.set(task, value);
  }

  /** A variable of the process that is not an entry of this form (the topic, the handlers). */
  public <T> T process(ProcessVariable<T> variable) {
    return variable.from(task);
  }

  /** The task's own id, for what must happen once per task (a mail's de-duplication key). */
  public String taskId() {
    return task.getId();
  }

  /**
   * The sheet fields that were filled in, as "label: value" lines in declared order. A form sends
   * an empty text for a field left empty (the arrival's optional correction): nothing was entered.
   */
  String sheetEntries() {
    return step.fields().stream()
        .filter(field -> field.use() == FormField.Use.SHEET)
        .filter(field -> task.getVariable(field.name()) != null)
        .filter(field -> !task.getVariable(field.name()).toString().isBlank())
        .map(field -> field.label() + ": " + task.getVariable(field.name()).toString().trim())
        .collect(Collectors.joining("\n"));
  }
}
