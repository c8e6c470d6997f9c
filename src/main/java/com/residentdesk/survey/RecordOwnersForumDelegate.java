package com.residentdesk.survey;

import static com.residentdesk.survey.OwnersForumProcess.Field.ATTENDEES;
import static com.residentdesk.survey.OwnersForumProcess.Field.CORRECTION;
import static com.residentdesk.survey.OwnersForumProcess.Field.CORRECTION_DUE;
import static com.residentdesk.survey.OwnersForumProcess.Field.CORRECTION_OWNER;
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
 * POST /api/forums} does), at the property the instance runs for; a follow-up to correct becomes a
 * corrective action due at the end of its day in the property's time zone. Only the forum's id
 * stays in the process. A refusal is shown under the start form in Chinese and English, naming the
 * field, and nothing is stored.
 */
@Component("recordOwnersForumDelegate")
class RecordOwnersForumDelegate implements JavaDelegate, StartFormCaseData {

  private static final Map<String, Integer> MAX_LENGTH =
      Map.of(
          THEME.name(), 200,
          ATTENDEES.name(), 4000,
          OPINIONS.name(), 8000,
          FOLLOW_UP.name(), 4000,
          CORRECTION.name(), 2000);

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
    List<Long> ids;
    try {
      ids =
          forums.record(
              property,
              theme,
              heldAt,
              attendees,
              opinions,
              followUp,
              correction(execution, zone),
              actor.id());
    } catch (InvalidFieldException e) {
      throw refused(formField(e.field()), e.getMessage(), e.args());
    }
    OwnersForumProcess.Field.ALL.forEach(field -> field.remove(execution));
    CaseVariables.PROPERTY.remove(execution);
    OwnersForumProcess.Var.FORUM_ID.set(execution, ids.get(0));
    execution.setProcessBusinessKey(OwnersForumProcess.businessKey(ids.get(0)));
  }

  /** The one follow-up to correct the form offers: all three fields, or none. */
  private List<OwnersForums.FollowUpAction> correction(DelegateExecution execution, ZoneId zone) {
    Optional<String> description = optional(execution, CORRECTION);
    Optional<String> owner = optional(execution, CORRECTION_OWNER);
    Optional<String> due = optional(execution, CORRECTION_DUE);
    if (description.isEmpty()) {
      if (owner.isPresent() || due.isPresent()) {
        throw refused(CORRECTION.name(), "problem.correction.description");
      }
      return List.of();
    }
    if (owner.isEmpty()) {
      throw refused(CORRECTION_OWNER.name(), "problem.field.blank");
    }
    if (due.isEmpty()) {
      throw refused(CORRECTION_DUE.name(), "problem.field.blank");
    }
    Instant dueAt;
    try {
      // a day the form's date picker gives: due by the end of it, at the property
      dueAt = LocalDate.parse(due.get()).plusDays(1).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw refused(CORRECTION_DUE.name(), "problem.field.valid-value");
    }
    return List.of(new OwnersForums.FollowUpAction(description.get(), owner.get(), dueAt));
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

  /** The service's field names ({@code heldAt}, {@code actions[0].dueAt}) as the form's. */
  private static String formField(String serviceField) {
    return switch (serviceField) {
      case "heldAt" -> HELD_AT.name();
      case "actions[0].description" -> CORRECTION.name();
      case "actions[0].ownerGroup" -> CORRECTION_OWNER.name();
      case "actions[0].dueAt" -> CORRECTION_DUE.name();
      default -> serviceField;
    };
  }

  private InvalidEntryException refused(String field, String code, Object... args) {
    return InvalidEntryException.bilingual(messages, field, code, args);
  }
}
