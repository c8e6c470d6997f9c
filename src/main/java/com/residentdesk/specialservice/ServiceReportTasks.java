package com.residentdesk.specialservice;

import com.residentdesk.casefile.CaselessTasks;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskFormat;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Names the monthly special-service report's tasks (property and month) and gives their forms the
 * report so far as the task variable {@value #INFO}: the month's figures against the SVC-02 targets
 * and, for quality, the head's analysis.
 */
@Component
class ServiceReportTasks implements CaselessTasks {

  static final String INFO = "serviceReportInfo";

  private final ServiceReports reports;
  private final PropertyDirectory directory;

  ServiceReportTasks(ServiceReports reports, PropertyDirectory directory) {
    this.reports = reports;
    this.directory = directory;
  }

  @Override
  public void describe(DelegateTask task) {
    String what =
        switch (task.getTaskDefinitionKey()) {
          case SpecialServiceReportProcess.Element.WRITE_REPORT -> "撰写特约服务分析报告";
          case SpecialServiceReportProcess.Element.READ_REPORT -> "阅知特约服务分析报告";
          case SpecialServiceReportProcess.Element.CHASE_REPORT -> "跟进逾期的特约服务分析报告";
          default -> null;
        };
    if (what == null || !SpecialServiceReportProcess.Var.REPORT_ID.isSet(task.getExecution())) {
      return;
    }
    ServiceReport report =
        reports.get(SpecialServiceReportProcess.Var.REPORT_ID.from(task.getExecution()));
    String property = directory.get(report.getPropertyCode()).name();
    ZoneId zone = directory.zoneOf(report.getPropertyCode());
    String due = DeskFormat.time(report.getDueAt(), zone);
    task.setName(what + "：" + property + " " + report.getReportMonth());
    task.setDescription(
        "特约服务月报 " + report.getReportMonth() + " · " + property + " · 须于 " + due + " 前提交");
    StringBuilder s =
        new StringBuilder("**")
            .append(property)
            .append(" ")
            .append(report.getReportMonth())
            .append(" 特约服务月度统计**（须于 ")
            .append(due)
            .append(" 前提交）\n\n");
    for (SpecialServiceFigures.Line line : SpecialServiceFigures.lines(reports.figuresOf(report))) {
      s.append("- ").append(line.label()).append("：").append(line.value());
      if (line.target() != null) {
        s.append("（目标 ").append(line.target()).append("）");
      }
      s.append('\n');
    }
    if (report.getAnalysis() != null) {
      s.append("\n**分析**（").append(report.getWrittenBy()).append("）\n\n");
      s.append(report.getAnalysis()).append("\n\n**改进措施**\n\n").append(report.getMeasures());
      s.append('\n');
    }
    s.append("\nPDF：/api/special-services/reports/")
        .append(report.getPropertyCode())
        .append("/")
        .append(report.getReportMonth())
        .append(".pdf");
    task.setVariableLocal(INFO, s.toString());
  }
}
