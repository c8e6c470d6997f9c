package com.residentdesk.dispatch;

import static com.residentdesk.intake.ResidentRequestProcess.Field.PLANNED_FIX_AT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESPONSE_KIND;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESPONSE_NOTE;

import com.residentdesk.casefile.FixPlanned;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * SVC-03 (corrected 2026-11-26): a big problem's response within 3 days: a visit or a plan, with
 * the date of the fix the resident is given. Meets SVC-03; the resident hears the date (HLP-08).
 */
@Component
class RespondWithPlanStep extends TaskStep {

  static final List<String> KINDS = List.of("visit", "plan");

  private final Deadlines deadlines;
  private final DeskClock clock;
  private final ApplicationEventPublisher events;

  RespondWithPlanStep(Deadlines deadlines, DeskClock clock, ApplicationEventPublisher events) {
    super(
        ResidentRequestProcess.Element.RESPOND_WITH_PLAN,
        Rules.SVC_03,
        onSheet(RESPONSE_KIND, "Response"),
        onSheet(PLANNED_FIX_AT, "Fix planned for"),
        onSheet(RESPONSE_NOTE, "Told the resident"));
    this.deadlines = deadlines;
    this.clock = clock;
    this.events = events;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.oneOf(RESPONSE_KIND, "How you responded", KINDS);
    form.required(RESPONSE_NOTE, "What the resident was told");
    String value = form.required(PLANNED_FIX_AT, "The date of the fix");
    Instant planned;
    try {
      planned = OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidEntryException(
          PLANNED_FIX_AT.name(),
          "计划修复时间：请选择日期和时间 / plannedFixAt must be a date and time with offset");
    }
    if (!planned.isAfter(clock.now())) {
      throw new InvalidEntryException(
          PLANNED_FIX_AT.name(), "计划修复时间必须晚于现在 / plannedFixAt must be in the future");
    }
    serviceCase.planFix(planned);
    deadlines.meet(serviceCase.getId(), Rules.SVC_03);
    events.publishEvent(new FixPlanned(serviceCase.getId(), planned));
  }
}
