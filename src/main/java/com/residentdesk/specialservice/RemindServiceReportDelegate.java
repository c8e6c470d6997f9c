package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceReportProcess.Var.REPORT_ID;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SVC-10: the day before the monthly special-service report is due and it is still not written, the
 * customer-service heads of the property are reminded by e-mail (through the outbox, once per
 * report), with the deadline in the property's time zone.
 */
@Component("remindServiceReportDelegate")
class RemindServiceReportDelegate implements JavaDelegate {

  private final ServiceReports reports;
  private final StaffNotifier staff;
  private final PropertyDirectory directory;

  RemindServiceReportDelegate(
      ServiceReports reports, StaffNotifier staff, PropertyDirectory directory) {
    this.reports = reports;
    this.staff = staff;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = REPORT_ID.from(execution);
    ServiceReport report = reports.get(id);
    String property = report.getPropertyCode();
    String name = directory.get(property).name();
    String due = DeskFormat.time(report.getDueAt(), directory.zoneOf(property)).substring(0, 16);
    staff.notifyGroup(
        StaffGroups.CS_HEAD,
        property,
        "special-service-report-reminder-" + id,
        null,
        MessagePurpose.DEADLINE_WARNING,
        "特约服务分析报告即将到期 / Special-service report due: %s %s".formatted(name, report.getReportMonth()),
        ("%s %s 的特约服务分析报告尚未提交，须于 %s 前在任务列表中完成“撰写特约服务分析报告”；逾期将由服务中心经理跟进。%n%n"
                + "The special-service analysis report of %s for %s is not written yet; it is due"
                + " before %s (Tasklist: 撰写特约服务分析报告). When late, the centre manager"
                + " follows it up.")
            .formatted(name, report.getReportMonth(), due, property, report.getReportMonth(), due));
    reports.reminded(id);
  }
}
