package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.AGREED_PRICE;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.CAPABILITY_CONFIRMED;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.DEDICATED_STAFF;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.PERIOD_END;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.PERIOD_START;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.PRICE_BASIS;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.SCHEDULE;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.SERVICE_CODE;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.VISITS_AGREED;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import java.math.BigDecimal;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * SVC-08: the front desk confirms the centre can deliver the long-term service and its price, and
 * records the terms of the agreement: service, period, schedule, visits agreed, dedicated staff,
 * price and how it was worked out.
 */
@Component
class ConfirmAgreementTermsStep extends TaskStep {

  private final Agreements agreements;
  private final BookingRefusals refusals;
  private final CurrentActor actor;
  private final IdentityService identity;

  ConfirmAgreementTermsStep(
      Agreements agreements,
      BookingRefusals refusals,
      CurrentActor actor,
      IdentityService identity) {
    super(
        SpecialServiceAgreementProcess.Element.CONFIRM_TERMS,
        "SVC-08",
        onSheet(SERVICE_CODE, "服务项目 Service"),
        onSheet(PERIOD_START, "协议开始 From"),
        onSheet(PERIOD_END, "协议结束 To"),
        onSheet(SCHEDULE, "服务安排 Schedule"),
        onSheet(VISITS_AGREED, "约定次数 Visits agreed"),
        onSheet(DEDICATED_STAFF, "专职服务人员 Dedicated staff"),
        onSheet(AGREED_PRICE, "协议价格 Price"),
        onSheet(PRICE_BASIS, "计价说明 Price basis"),
        onSheet(CAPABILITY_CONFIRMED, "已确认服务能力 Capability confirmed"));
    this.agreements = agreements;
    this.refusals = refusals;
    this.actor = actor;
    this.identity = identity;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    if (!form.flag(CAPABILITY_CONFIRMED)) {
      throw new InvalidEntryException(
          CAPABILITY_CONFIRMED.name(),
          "请先确认本中心有能力提供此服务 / Confirm the centre can deliver the service first");
    }
    String staff = form.required(DEDICATED_STAFF, "专职服务人员 / dedicatedStaff").trim();
    if (identity.createUserQuery().userId(staff).count() == 0) {
      throw new InvalidEntryException(
          DEDICATED_STAFF.name(), "没有员工账号 " + staff + " / No staff account " + staff);
    }
    BigDecimal price;
    try {
      price = new BigDecimal(form.required(AGREED_PRICE, "协议价格 / agreedPrice"));
      if (price.signum() <= 0 || price.scale() > 2) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      throw refusals.field(AGREED_PRICE.name(), "problem.special-service.amount-format");
    }
    Agreement.Terms terms =
        new Agreement.Terms(
            form.required(SERVICE_CODE, "服务项目 / agreementServiceCode"),
            form.date(PERIOD_START, "协议开始 / periodStart"),
            form.date(PERIOD_END, "协议结束 / periodEnd"),
            form.required(SCHEDULE, "服务安排 / schedule"),
            form.count(VISITS_AGREED, 1),
            staff,
            price,
            form.required(PRICE_BASIS, "计价说明 / priceBasis"));
    try {
      agreements.propose(serviceCase, terms, actor.id());
    } catch (InvalidFieldException refused) {
      throw refusals.inForm(refused);
    }
  }
}
