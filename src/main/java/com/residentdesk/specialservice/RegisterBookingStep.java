package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.APPOINTMENT_AT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.PRICE_OVERRIDE_REASON;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.QUANTITY;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.QUOTED_PRICE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.REQUIREMENTS;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.SERVICE_CODE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.SERVICE_NAME;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.InvalidFieldException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * SVC-07, SVC-04, SVC-16: the front desk registers the booking of a case that came without one
 * (from Tasklist): the service from the catalogue, the appointment, the quantity, the quoted price
 * and the requirements; checked as the API checks them.
 */
@Component
class RegisterBookingStep extends TaskStep {

  private final SpecialServices specialServices;
  private final BookingRefusals refusals;
  private final CurrentActor actor;

  RegisterBookingStep(
      SpecialServices specialServices, BookingRefusals refusals, CurrentActor actor) {
    super(
        SpecialServiceProcess.Element.REGISTER_BOOKING,
        "SVC-07",
        onSheet(SERVICE_CODE, "服务项目 Service"),
        onSheet(SERVICE_NAME, "目录外服务名称 Service outside the catalogue"),
        onSheet(APPOINTMENT_AT, "预约时间 Appointment"),
        onSheet(QUANTITY, "数量 Quantity"),
        onSheet(QUOTED_PRICE, "报价 Quoted price"),
        onSheet(PRICE_OVERRIDE_REASON, "价格调整原因 Price override reason"),
        onSheet(REQUIREMENTS, "服务要求 Requirements"));
    this.specialServices = specialServices;
    this.refusals = refusals;
    this.actor = actor;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String code = form.required(SERVICE_CODE, "服务项目 / serviceCode");
    OffsetDateTime appointment;
    try {
      appointment = OffsetDateTime.parse(form.required(APPOINTMENT_AT, "预约时间 / appointmentAt"));
    } catch (DateTimeParseException e) {
      throw refusals.field(APPOINTMENT_AT.name(), "problem.special-service.appointment-format");
    }
    BookingRequest request =
        new BookingRequest(
            code,
            appointment,
            amount(form, QUANTITY, "数量 / quantity"),
            amount(form, QUOTED_PRICE, "报价 / quotedPrice"),
            form.text(PRICE_OVERRIDE_REASON),
            form.text(REQUIREMENTS),
            form.text(SERVICE_NAME));
    if (request.quantity().signum() <= 0) {
      throw refusals.field(QUANTITY.name(), "problem.special-service.amount-format");
    }
    try {
      specialServices.book(serviceCase, request, actor.id());
    } catch (InvalidFieldException refused) {
      throw refusals.inForm(refused);
    }
  }

  private BigDecimal amount(
      TaskForm form, com.residentdesk.casefile.ProcessVariable<String> field, String what) {
    try {
      BigDecimal value = new BigDecimal(form.required(field, what));
      if (value.signum() < 0 || value.scale() > 2) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw refusals.field(field.name(), "problem.special-service.amount-format");
    }
  }
}
