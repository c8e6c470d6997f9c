package com.residentdesk.reports;

import com.residentdesk.casefile.CaselessTasks;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.specialservice.SpecialServiceFigures;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Names the monthly evaluation's tasks (month and property) and gives their forms the report so far
 * as the task variable {@value #INFO}: the month's figures against the targets, the complaint
 * statistics, the recurring problems and, for the manager, the analysis written. Staff read
 * Chinese.
 */
@Component
class MonthlyEvaluationTasks implements CaselessTasks {

  static final String INFO = "evaluationInfo";
  private static final int INFO_LENGTH = 3800;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MonthlyEvaluations evaluations;
  private final PropertyDirectory directory;

  MonthlyEvaluationTasks(MonthlyEvaluations evaluations, PropertyDirectory directory) {
    this.evaluations = evaluations;
    this.directory = directory;
  }

  @Override
  public void describe(DelegateTask task) {
    String what =
        switch (task.getTaskDefinitionKey()) {
          case MonthlyEvaluationProcess.Element.WRITE_ANALYSIS -> "撰写月度分析";
          case MonthlyEvaluationProcess.Element.APPROVE_REPORT -> "审批月度评估报告";
          case MonthlyEvaluationProcess.Element.CHASE_ANALYSIS -> "月度分析逾期，请跟进";
          default -> null;
        };
    if (what == null) {
      return;
    }
    MonthlyEvaluation evaluation =
        evaluations.get(MonthlyEvaluationProcess.Var.EVALUATION_ID.from(task.getExecution()));
    String property = directory.get(evaluation.getPropertyCode()).name();
    task.setName(what + "：" + property + " " + evaluation.getEvaluatedMonth());
    ZoneId zone = directory.zoneOf(evaluation.getPropertyCode());
    task.setDescription(
        "月度评估 "
            + evaluation.getEvaluatedMonth()
            + " · "
            + property
            + " · 截止 "
            + due(evaluation, zone));
    task.setVariableLocal(INFO, clip(info(evaluation, property, zone)));
  }

  private String due(MonthlyEvaluation evaluation, ZoneId zone) {
    return MINUTE.format(evaluation.getDueAt().minusSeconds(60).atZone(zone));
  }

  private String info(MonthlyEvaluation evaluation, String property, ZoneId zone) {
    MonthlyEvaluations.ReportFigures figures = evaluations.readFigures(evaluation);
    KpiReport.Totals t = figures.kpi().totals();
    StringBuilder s = new StringBuilder();
    s.append("**")
        .append(property)
        .append(" ")
        .append(evaluation.getEvaluatedMonth())
        .append(" 月度评估**（分析截止 ")
        .append(due(evaluation, zone))
        .append("）\n\n");
    s.append("- 受理量：").append(t.requests()).append('\n');
    s.append("- 时限达标率：").append(percent(t.deadlineCompliance())).append("（目标 100%）\n");
    s.append("- 返修率：").append(percent(t.reworkRate())).append("（目标低于 1%）\n");
    s.append("- 满意率：").append(percent(t.satisfactionRate())).append("（目标 95%）\n");
    s.append("- 回访：")
        .append(t.callbacksDone())
        .append(" 次，其中满意 ")
        .append(t.callbacksSatisfied())
        .append('\n');
    var c = figures.complaints();
    s.append("- 投诉：")
        .append(c.complaints())
        .append(" 件；24 小时内受理率 ")
        .append(percent(c.acceptanceTimelinessRate()))
        .append("；解决率 ")
        .append(percent(c.resolutionRate()))
        .append('\n');
    if (figures.specialServices() != null) {
      s.append("- 特约服务：");
      for (SpecialServiceFigures.Line line :
          SpecialServiceFigures.lines(figures.specialServices())) {
        s.append(line.label()).append(' ').append(line.value()).append("；");
      }
      s.append('\n');
    }
    s.append("\n**重复发生的问题**（同一房号、楼栋或地点的同类问题 ")
        .append(evaluations.recurringDays())
        .append(" 天内 ")
        .append(evaluations.recurringCount())
        .append(" 次及以上）\n\n");
    var recurring = evaluations.readRecurring(evaluation);
    if (recurring.isEmpty()) {
      s.append("- （没有）\n");
    }
    for (MonthlyEvaluations.Recurring r : recurring) {
      s.append("- ").append(evaluations.describe(r)).append('\n');
    }
    if (evaluation.getAnalysis() != null) {
      s.append("\n**客服主管的分析**（").append(evaluation.getWrittenBy()).append("）\n\n");
      s.append(evaluation.getAnalysis()).append("\n\n");
      s.append("**原因与预防措施**\n\n").append(evaluation.getPreventiveMeasures()).append('\n');
    }
    if (evaluation.getApprovalNote() != null && evaluation.getApprovedAt() == null) {
      s.append("\n**退回意见**\n\n").append(evaluation.getApprovalNote()).append('\n');
    }
    s.append("\n完整数据见指标看板 /reports/ 与 /api/reports/evaluations/").append(evaluation.getId());
    return s.toString();
  }

  private static String percent(Double rate) {
    return rate == null ? "–" : Math.round(rate * 1000) / 10.0 + "%";
  }

  private static String clip(String text) {
    return text.length() <= INFO_LENGTH ? text : text.substring(0, INFO_LENGTH) + "…";
  }
}
