package com.residentdesk.survey;

import static com.residentdesk.survey.OwnersForumProcess.Field.ATTENDEES;
import static com.residentdesk.survey.OwnersForumProcess.Field.FOLLOW_UP;
import static com.residentdesk.survey.OwnersForumProcess.Field.HELD_AT;
import static com.residentdesk.survey.OwnersForumProcess.Field.OPINIONS;
import static com.residentdesk.survey.OwnersForumProcess.Field.THEME;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.casefile.StartFormCaseData;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * QA-08: records the forum from Tasklist's start form through {@link OwnersForums} (what {@code
 * POST /api/forums} does), at the property the instance runs for; each follow-up to correct (up to
 * five rows) becomes a corrective action due at the end of its day in the property's time zone.
 * Only the forum's id stays in the process. A refusal is shown under the start form in Chinese and
 * English, naming the field, and nothing is stored.
 */
@Component("recordOwnersForumDelegate")
class RecordOwnersForumDelegate implements JavaDelegate, StartFormCaseData {

  private static final Map<String, Integer> MAX_LENGTH = maxLengths();

  private static Map<String, Integer> maxLengths() {
    Map<String, Integer> max = new java.util.HashMap<>();
    max.put(THEME.name(), 200);
    max.put(ATTENDEES.name(), 4000);
    max.put(OPINIONS.name(), 8000);
    max.put(FOLLOW_UP.name(), 4000);
    OwnersForumProcess.Field.CORRECTIONS.forEach(row -> max.put(row.description().name(), 2000));
    return Map.copyOf(max);
  }

  private final OwnersForums forums;
  private final PropertyDirectory directory;
  private final CurrentActor actor;
  private final MessageSource messages;

  RecordOwnersForumDelegate(
      OwnersForums forums,
      PropertyDirectory directory,
      CurrentActor actor,
      MessageSource messages) {
    this.forums = forums;
    this.directory = directory;
    this.actor = actor;
    this.messages = messages;
  }

  /** The forum's record keeps what was said and who came; the engine's history does not. */
  @Override
  public java.util.Set<String> fields() {
    return java.util.Set.copyOf(
        OwnersForumProcess.Field.ALL.stream().map(ProcessVariable::name).toList());
  }

  @Override
  public void execute(DelegateExecution execution) {
    String property = execution.getTenantId();
    ZoneId zone = directory.zoneOf(property);
    String theme = required(execution, THEME);
    Instant heldAt = heldAt(execution);
    String attendees = required(execution, ATTENDEES);
    String opinions = required(execution, OPINIONS);
    String followUp = optional(execution, FOLLOW_UP).orElse(null);
    List<OwnersForumProcess.CorrectionRow> rows = new java.util.ArrayList<>();
    List<OwnersForums.FollowUpAction> actions = corrections(execution, zone, rows);
    List<Long> ids;
    try {
      ids =
          forums.record(
              property, theme, heldAt, attendees, opinions, followUp, actions, actor.id());
    } catch (InvalidFieldException e) {
      throw refusedByService(e, rows);
    }
    OwnersForumProcess.Field.ALL.forEach(field -> field.remove(execution));
    CaseVariables.PROPERTY.remove(execution);
    OwnersForumProcess.Var.FORUM_ID.set(execution, ids.get(0));
    execution.setProcessBusinessKey(OwnersForumProcess.businessKey(ids.get(0)));
  }

  /**
   * The follow-ups to correct the form offers, in their order: each row all three fields, or none.
   * Returns the actions and the rows they came from.
   */
  private List<OwnersForums.FollowUpAction> corrections(
      DelegateExecution execution, ZoneId zone, List<OwnersForumProcess.CorrectionRow> from) {
    List<OwnersForums.FollowUpAction> actions = new java.util.ArrayList<>();
    for (OwnersForumProcess.CorrectionRow row : OwnersForumProcess.Field.CORRECTIONS) {
      correction(execution, zone, row)
          .ifPresent(
              action -> {
                actions.add(action);
                from.add(row);
              });
    }
    return actions;
  }

  private Optional<OwnersForums.FollowUpAction> correction(
      DelegateExecution execution, ZoneId zone, OwnersForumProcess.CorrectionRow row) {
    Optional<String> description = optional(execution, row.description());
    Optional<String> owner = optional(execution, row.owner());
    Optional<String> due = optional(execution, row.due());
    if (description.isEmpty()) {
      if (owner.isPresent() || due.isPresent()) {
        throw refused(row, row.description(), "problem.correction.description");
      }
      return Optional.empty();
    }
    if (owner.isEmpty()) {
      throw refused(row, row.owner(), "problem.field.blank");
    }
    if (due.isEmpty()) {
      throw refused(row, row.due(), "problem.field.blank");
    }
    Instant dueAt;
    try {
      // a day the form's date picker gives: due by the end of it, at the property
      dueAt = LocalDate.parse(due.get()).plusDays(1).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw refused(row, row.due(), "problem.field.valid-value");
    }
    return Optional.of(new OwnersForums.FollowUpAction(description.get(), owner.get(), dueAt));
  }

  private Instant heldAt(DelegateExecution execution) {
    String value = required(execution, HELD_AT);
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw refused(HELD_AT.name(), "problem.field.date-time");
      }
    }
  }

  private String required(DelegateExecution execution, ProcessVariable<String> field) {
    return optional(execution, field)
        .orElseThrow(() -> refused(field.name(), "problem.field.blank"));
  }

  private Optional<String> optional(DelegateExecution execution, ProcessVariable<String> field) {
    Optional<String> value = field.find(execution).map(String::strip).filter(v -> !v.isEmpty());
    Integer max = MAX_LENGTH.get(field.name());
    if (value.isPresent() && max != null && value.get().length() > max) {
      throw refused(field.name(), "problem.field.too-long", max);
    }
    return value;
  }

  private static final java.util.regex.Pattern ACTION_FIELD =
      java.util.regex.Pattern.compile("actions\\[(\\d+)]\\.(description|ownerGroup|dueAt)");

  /**
   * The service's refusal on the form's field: {@code heldAt}, or {@code actions[1].dueAt} - the
   * n-th action is the n-th row filled in.
   */
  private InvalidEntryException refusedByService(
      InvalidFieldException e, List<OwnersForumProcess.CorrectionRow> rows) {
    java.util.regex.Matcher action = ACTION_FIELD.matcher(e.field());
    if (action.matches() && Integer.parseInt(action.group(1)) < rows.size()) {
      OwnersForumProcess.CorrectionRow row = rows.get(Integer.parseInt(action.group(1)));
      ProcessVariable<String> field =
          switch (action.group(2)) {
            case "description" -> row.description();
            case "ownerGroup" -> row.owner();
            default -> row.due();
          };
      return refused(row, field, e.getMessage(), e.args());
    }
    return refused(
        "heldAt".equals(e.field()) ? HELD_AT.name() : e.field(), e.getMessage(), e.args());
  }

  /**
   * A row's field refused, named as the form shows it, in Chinese then English: "第 2 项整改的负责部门： 不能为空
   * / Matter to correct 2, responsible department: must not be blank".
   */
  private InvalidEntryException refused(
      OwnersForumProcess.CorrectionRow row,
      ProcessVariable<String> field,
      String code,
      Object... args) {
    String zh;
    String en;
    if (field == row.description()) {
      zh = "需要整改的事项";
      en = "matter to correct";
    } else if (field == row.owner()) {
      zh = "整改负责部门";
      en = "responsible department";
    } else {
      zh = "整改期限";
      en = "deadline";
    }
    return new InvalidEntryException(
        field.name(),
        "第 "
            + row.number()
            + " 项"
            + zh
            + "："
            + messages.getMessage(code, args, code, java.util.Locale.CHINESE)
            + " / Matter to correct "
            + row.number()
            + ", "
            + en
            + ": "
            + messages.getMessage(code, args, code, java.util.Locale.ENGLISH));
  }

  private InvalidEntryException refused(String field, String code, Object... args) {
    return InvalidEntryException.bilingual(messages, field, code, args);
  }
}
