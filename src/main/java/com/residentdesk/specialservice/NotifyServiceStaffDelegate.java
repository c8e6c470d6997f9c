package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Var.CASE_ID;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.SERVICE_GROUP;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.TASK_PRIORITY;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.system.DeskFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SVC-07: the staff who deliver the booked service are notified at once (every member of the
 * catalogue's delivering group at the case's property, through the outbox in this transaction), and
 * the process offers them the visit.
 */
@Component("notifyServiceStaffDelegate")
class NotifyServiceStaffDelegate implements JavaDelegate {

  /** A special service's priority in the triage table, for one started from Tasklist. */
  private static final int SPECIAL_SERVICE_PRIORITY = 50;

  private final SpecialServices specialServices;
  private final CaseFiles caseFiles;
  private final StaffNotifier staff;
  private final com.residentdesk.property.PropertyDirectory properties;

  NotifyServiceStaffDelegate(
      SpecialServices specialServices,
      CaseFiles caseFiles,
      StaffNotifier staff,
      com.residentdesk.property.PropertyDirectory properties) {
    this.specialServices = specialServices;
    this.caseFiles = caseFiles;
    this.staff = staff;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    Booking booking = specialServices.of(serviceCase.getId());
    SERVICE_GROUP.set(execution, booking.getDeliveringGroup());
    if (!TASK_PRIORITY.isSet(execution)) {
      TASK_PRIORITY.set(execution, SPECIAL_SERVICE_PRIORITY);
    }
    String when = DeskFormat.time(booking.getAppointmentAt(), properties.zoneOf(serviceCase));
    staff.notifyGroup(
        booking.getDeliveringGroup(),
        serviceCase.getPropertyCode(),
        "special-service-booked-" + serviceCase.getId(),
        serviceCase.getId(),
        MessagePurpose.SPECIAL_SERVICE,
        "新特约服务预约 / New special-service booking: " + serviceCase.getCaseNumber(),
        ("案件 %s：%s，%s %s，预约时间 %s，地点 %s。%s%n" + "Case %s: %s, %s %s, appointment %s, at %s.")
            .formatted(
                serviceCase.getCaseNumber(),
                booking.getServiceNameZh(),
                booking.getQuantity().toPlainString(),
                booking.getUnit(),
                when,
                serviceCase.getRequest().unit(),
                booking.getRequirements() == null ? "" : "要求：" + booking.getRequirements(),
                serviceCase.getCaseNumber(),
                booking.getServiceNameEn(),
                booking.getQuantity().toPlainString(),
                booking.getUnit(),
                when,
                serviceCase.getRequest().unit()));
    caseFiles.record(
        serviceCase.getId(),
        SpecialServiceProcess.Element.NOTIFY_SERVICE_STAFF,
        "Service staff notified",
        "Group " + booking.getDeliveringGroup(),
        "SVC-07");
  }
}
