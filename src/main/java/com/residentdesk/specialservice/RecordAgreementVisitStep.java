package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.VISITED_AT;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.VISIT_NOTE;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * SVC-15: a visit of a long-term agreement ticked off on the household's confirmation sheet from
 * Tasklist, through the same service as {@code POST /api/special-services/agreements/{id}/visits}:
 * refused, and nothing stored, while the agreement is not in force, for a time in the future or
 * before its period.
 */
@Component
class RecordAgreementVisitStep extends TaskStep {

  private final Agreements agreements;
  private final BookingRefusals refusals;
  private final CurrentActor actor;

  RecordAgreementVisitStep(Agreements agreements, BookingRefusals refusals, CurrentActor actor) {
    super(
        SpecialServiceAgreementProcess.Element.RECORD_VISIT,
        "SVC-15",
        onSheet(VISITED_AT, "上门时间 Visited at"),
        onSheet(VISIT_NOTE, "服务内容 Work done"));
    this.agreements = agreements;
    this.refusals = refusals;
    this.actor = actor;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String entered = form.required(VISITED_AT, "上门时间 / visitedAt");
    Instant visitedAt;
    try {
      visitedAt = OffsetDateTime.parse(entered).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidEntryException(
          VISITED_AT.name(),
          form.label(VISITED_AT)
              + "：请选择日期和时间 / visitedAt must be a date and time with offset,"
              + " like 2026-12-01T09:05+08:00");
    }
    try {
      agreements.tickVisit(
          agreements.of(serviceCase.getId()), visitedAt, actor.id(), form.text(VISIT_NOTE));
    } catch (InvalidFieldException refused) {
      throw refusals.inForm(refused);
    }
  }
}
