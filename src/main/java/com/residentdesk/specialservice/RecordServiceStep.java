package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.DELIVERED_QUANTITY;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.EXPLAINED_CONTENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.INTERCOM_ONLY;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.MATERIALS;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.PAYMENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.SERVICE_NOTE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.TIME_SPENT_MINUTES;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.VALUABLES_CONSENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.SATISFACTION;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SVC-14, SVC-16, SVC-13: the handling record of the visit confirms the conduct items (content and
 * price explained, valuables moved only with consent, the centre contacted by intercom and never
 * with the customer's phone), the time spent and the materials; the charge is computed from the
 * quote and recorded as paid, waived or outstanding. An unsatisfied resident is reported to the
 * customer-service head at once.
 */
@Component
class RecordServiceStep extends TaskStep {

  static final String SATISFIED = "satisfied";
  static final String UNSATISFIED = "unsatisfied";
  static final List<String> PAYMENTS = List.of("paid", "waived", "outstanding");

  private final SpecialServices specialServices;
  private final StaffNotifier staff;
  private final CaseFiles caseFiles;
  private final CurrentActor actor;
  private final DeskClock clock;

  RecordServiceStep(
      SpecialServices specialServices,
      StaffNotifier staff,
      CaseFiles caseFiles,
      CurrentActor actor,
      DeskClock clock) {
    super(
        SpecialServiceProcess.Element.RECORD_SERVICE,
        "SVC-14",
        onSheet(EXPLAINED_CONTENT, "已说明服务内容和价格 Content and price explained"),
        onSheet(VALUABLES_CONSENT, "贵重物品经客户同意才移动 Valuables moved only with consent"),
        onSheet(INTERCOM_ONLY, "只用对讲机联系中心 Intercom only"),
        onSheet(TIME_SPENT_MINUTES, "用时（分钟） Minutes spent"),
        onSheet(DELIVERED_QUANTITY, "实际数量 Delivered quantity"),
        onSheet(MATERIALS, "材料 Materials"),
        onSheet(PAYMENT, "收费 Payment"),
        outcome(SATISFACTION),
        onSheet(SERVICE_NOTE, "服务记录 Note"));
    this.specialServices = specialServices;
    this.staff = staff;
    this.caseFiles = caseFiles;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    Booking booking = specialServices.of(serviceCase.getId());
    if (!booking.mayStartWork() || booking.getArrivedAt() == null) {
      throw new InvalidEntryException(
          EXPLAINED_CONTENT.name(),
          "客户确认价格并登记到达后才能记录服务 / Record the acceptance and the arrival first (SVC-04)");
    }
    if (!form.flag(EXPLAINED_CONTENT)) {
      throw new InvalidEntryException(
          EXPLAINED_CONTENT.name(),
          "开始服务前必须向客户说明内容和价格 / Content and price must be explained before the work (SVC-04)");
    }
    BigDecimal delivered;
    try {
      delivered = new BigDecimal(form.required(DELIVERED_QUANTITY, "实际数量 / deliveredQuantity"));
    } catch (NumberFormatException e) {
      delivered = BigDecimal.ZERO.negate();
    }
    if (delivered.signum() <= 0 || delivered.scale() > 2) {
      throw new InvalidEntryException(
          DELIVERED_QUANTITY.name(),
          "实际数量须为正数，最多两位小数 / deliveredQuantity must be a positive amount like 2.5");
    }
    String satisfaction =
        form.oneOf(SATISFACTION, "客户是否满意 / satisfaction", List.of(SATISFIED, UNSATISFIED));
    booking.recordHandling(
        new Booking.Handling(
            true,
            form.flag(VALUABLES_CONSENT),
            form.flag(INTERCOM_ONLY),
            form.count(TIME_SPENT_MINUTES, 1),
            delivered,
            form.text(MATERIALS),
            form.oneOf(PAYMENT, "收费 / payment", PAYMENTS),
            SATISFIED.equals(satisfaction)),
        actor.id(),
        clock.now());
    caseFiles.record(
        serviceCase.getId(),
        SpecialServiceProcess.Element.RECORD_SERVICE,
        "Charge",
        "%s (%s)".formatted(booking.getCharge().toPlainString(), booking.getPayment()),
        "SVC-16");
    if (!booking.getSatisfied()) {
      staff.notifyGroup(
          StaffGroups.CS_HEAD,
          serviceCase.getPropertyCode(),
          "special-service-unsatisfied-" + form.taskId(),
          serviceCase.getId(),
          MessagePurpose.SPECIAL_SERVICE,
          "特约服务客户不满意 / Special service unsatisfactory: " + serviceCase.getCaseNumber(),
          ("案件 %s 的特约服务（%s）客户不满意，请按不合格品控制程序处理。%n"
                  + "The resident of case %s was not satisfied with the special service (%s): handle"
                  + " it as a nonconformity (SVC-13).")
              .formatted(
                  serviceCase.getCaseNumber(),
                  booking.getServiceNameZh(),
                  serviceCase.getCaseNumber(),
                  booking.getServiceNameEn()));
    }
  }
}
