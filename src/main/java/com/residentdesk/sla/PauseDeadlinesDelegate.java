package com.residentdesk.sla;

import static com.residentdesk.sla.DeadlinePauseProcess.Field.CASE_NUMBER;
import static com.residentdesk.sla.DeadlinePauseProcess.Field.EXPECTED_RESUME_AT;
import static com.residentdesk.sla.DeadlinePauseProcess.Field.PAUSE_NOTE;
import static com.residentdesk.sla.DeadlinePauseProcess.Field.PAUSE_REASON;
import static com.residentdesk.sla.DeadlinePauseProcess.Var.CASE_ID;
import static com.residentdesk.sla.DeadlinePauseProcess.Var.HANDLING_GROUP;
import static com.residentdesk.sla.DeadlinePauseProcess.Var.PAUSE_ID;
import static com.residentdesk.sla.DeadlinePauseProcess.Var.TASK_PRIORITY;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The hold's first step: finds the case (by its number on a clerk's start form, by id from the
 * API), puts its deadlines on hold, and keeps only ids in the process: the reason, note and
 * expected time are on the hold's record. A refusal is shown under the start form in Chinese and
 * English.
 */
@Component("pauseDeadlinesDelegate")
class PauseDeadlinesDelegate implements JavaDelegate {

  private final DeadlinePauses pauses;
  private final ServiceCaseRepository cases;
  private final MessageSource messages;

  PauseDeadlinesDelegate(
      DeadlinePauses pauses, ServiceCaseRepository cases, MessageSource messages) {
    this.pauses = pauses;
    this.cases = cases;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseOf(execution);
    DeadlinePause pause;
    try {
      pause =
          pauses.hold(
              serviceCase.getId(),
              PAUSE_REASON.find(execution).orElse(null),
              PAUSE_NOTE.find(execution).orElse(null),
              expected(execution));
    } catch (InvalidFieldException e) {
      throw refused(formField(e.field()), e.getMessage(), e.args());
    } catch (UnprocessableException e) {
      throw refused(e.field(), e.getMessage(), e.args());
    }
    List.of(CASE_NUMBER, PAUSE_REASON, PAUSE_NOTE, EXPECTED_RESUME_AT)
        .forEach(field -> field.remove(execution));
    CASE_ID.set(execution, serviceCase.getId());
    PAUSE_ID.set(execution, pause.getId());
    TASK_PRIORITY.set(execution, pauses.priorityOfCase(serviceCase));
    String group = serviceCase.getTriage().handlingGroup();
    HANDLING_GROUP.set(execution, group == null ? "front-desk" : group);
    execution.setProcessBusinessKey(serviceCase.getCaseNumber());
  }

  /** The case, which must belong to the property (tenant) the hold runs for. */
  private ServiceCase caseOf(DelegateExecution execution) {
    var byId = CASE_ID.find(execution);
    String number = CASE_NUMBER.find(execution).map(String::trim).orElse("");
    ServiceCase serviceCase =
        byId.isPresent()
            ? cases.findById(byId.get()).orElse(null)
            : cases.findByCaseNumber(number).orElse(null);
    if (serviceCase == null
        || (execution.getTenantId() != null
            && !execution.getTenantId().equals(serviceCase.getPropertyCode()))) {
      throw refused(CASE_NUMBER.name(), "problem.case.none-visible", number);
    }
    return serviceCase;
  }

  /** The API's field names are the start form's without the prefix. */
  private static String formField(String apiField) {
    return "reason".equals(apiField) ? PAUSE_REASON.name() : apiField;
  }

  private Instant expected(DelegateExecution execution) {
    var value = EXPECTED_RESUME_AT.find(execution).map(String::trim).filter(v -> !v.isEmpty());
    if (value.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.get()).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return Instant.parse(value.get());
      } catch (DateTimeParseException e) {
        throw refused(EXPECTED_RESUME_AT.name(), "problem.field.date-time");
      }
    }
  }

  private InvalidEntryException refused(String field, String code, Object... args) {
    return InvalidEntryException.bilingual(messages, field, code, args);
  }
}
