package com.residentdesk.survey;

import com.residentdesk.casefile.CaselessTasks;
import com.residentdesk.household.Household;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskFormat;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Names the tasks of the surveys, corrective actions and supervisions (property and subject) and
 * gives their forms what they show as the task variable {@value #INFO}. Staff read Chinese.
 */
@Component
class QualityTasks implements CaselessTasks {

  static final String INFO = "qualityInfo";
  private static final int INFO_LENGTH = 3800;

  private final SatisfactionSurveys surveys;
  private final CorrectiveActions actions;
  private final QualitySchedules schedules;
  private final PropertyDirectory directory;

  QualityTasks(
      SatisfactionSurveys surveys,
      CorrectiveActions actions,
      QualitySchedules schedules,
      PropertyDirectory directory) {
    this.surveys = surveys;
    this.actions = actions;
    this.schedules = schedules;
    this.directory = directory;
  }

  @Override
  public void describe(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case SatisfactionSurveyProcess.Element.DRAFT_PLAN,
          SatisfactionSurveyProcess.Element.APPROVE_PLAN,
          SatisfactionSurveyProcess.Element.REPORT_RESULTS,
          SatisfactionSurveyProcess.Element.READ_REPORT ->
          survey(task, key);
      case CorrectiveActionProcess.Element.CARRY_OUT,
          CorrectiveActionProcess.Element.CHASE,
          CorrectiveActionProcess.Element.VERIFY,
          CorrectiveActionProcess.Element.CALL_BACK ->
          correction(task, key);
      case SpecialServiceSupervisionProcess.Element.SUPERVISE -> supervision(task);
      default -> {
        // another process's task
      }
    }
  }

  private void survey(DelegateTask task, String key) {
    long id = SatisfactionSurveyProcess.Var.SURVEY_ID.from(task.getExecution());
    SurveyCampaign campaign = surveys.get(id);
    String what =
        switch (key) {
          case SatisfactionSurveyProcess.Element.DRAFT_PLAN -> "拟定满意度调查计划";
          case SatisfactionSurveyProcess.Element.APPROVE_PLAN -> "审批满意度调查计划";
          case SatisfactionSurveyProcess.Element.REPORT_RESULTS -> "撰写满意度调查报告";
          default -> "审阅满意度调查报告";
        };
    String property = directory.get(campaign.getPropertyCode()).name();
    task.setName(what + "：" + property + " 第 " + id + " 号调查");
    task.setDescription(campaign.getPurpose() + " · " + property);
    ZoneId zone = directory.zoneOf(campaign.getPropertyCode());
    StringBuilder s = new StringBuilder();
    s.append("**").append(property).append(" · ").append(campaign.getPurpose()).append("**\n\n");
    s.append("- 问卷内容：").append(serviceNames(campaign.serviceCodes())).append('\n');
    if (campaign.getOpensOn() != null) {
      s.append("- 调查对象：")
          .append(
              campaign.targetUnitList().isEmpty()
                  ? "已入住住户的 " + campaign.getSamplePercent() + "%"
                  : "指定住户 " + String.join("、", campaign.targetUnitList()))
          .append('\n');
      s.append("- 开始日期：")
          .append(campaign.getOpensOn())
          .append("，收集期 ")
          .append(campaign.getWindowDays())
          .append(" 天\n");
      s.append("- 调查人员：").append(campaign.getStaff()).append('\n');
    }
    if (!campaign.getApprovals().isEmpty()) {
      s.append("\n**审批记录**\n\n");
      for (String line : campaign.getApprovals().split("\n")) {
        s.append("- ").append(line).append('\n');
      }
    }
    if (campaign.getStatus() == SurveyCampaign.Status.CLOSED) {
      SatisfactionSurveys.Results r = surveys.results(id);
      s.append("\n**调查结果**（")
          .append(DeskFormat.time(campaign.getClosedAt(), zone))
          .append(" 截止）\n\n");
      s.append("- 发放 ")
          .append(r.sent())
          .append(" 份，回收 ")
          .append(r.answered())
          .append(" 份，回收率 ")
          .append(percent(r.returnRate()))
          .append(r.lowReturn() ? "（低于 30%，调查结果代表性不足）" : "")
          .append('\n');
      s.append("- 总体满意率：").append(percent(r.overall())).append('\n');
      for (SatisfactionSurveys.ServiceResult service : r.services()) {
        s.append("- ")
            .append(service.zh())
            .append("：")
            .append(percent(service.rate()))
            .append(service.below() ? "（低于目标，将生成整改措施）" : "")
            .append('\n');
      }
      if (!r.opinions().isEmpty()) {
        s.append("\n**住户意见**\n\n");
        r.opinions().stream().limit(30).forEach(o -> s.append("- ").append(o).append('\n'));
      }
      if (r.commonOpinions() != null) {
        s.append("\n**共性意见**\n\n").append(r.commonOpinions()).append("\n\n");
        s.append("**调查报告**\n\n").append(r.report()).append('\n');
      }
    }
    s.append("\n完整结果见指标看板 /reports/ 与 /api/surveys/").append(id);
    task.setVariableLocal(INFO, clip(s.toString()));
  }

  private void correction(DelegateTask task, String key) {
    long id = CorrectiveActionProcess.Var.CORRECTION_ID.from(task.getExecution());
    CorrectiveAction action = actions.get(id);
    String what =
        switch (key) {
          case CorrectiveActionProcess.Element.CARRY_OUT -> "落实整改措施";
          case CorrectiveActionProcess.Element.CHASE -> "整改逾期，请督办";
          case CorrectiveActionProcess.Element.VERIFY -> "验证整改效果";
          default -> "整改后回访住户";
        };
    String property = directory.get(action.getPropertyCode()).name();
    ZoneId zone = directory.zoneOf(action.getPropertyCode());
    task.setName(what + "：" + property + " 第 " + id + " 号整改");
    task.setDescription(
        clip(action.getDescription(), 200) + " · 截止 " + DeskFormat.time(action.getDueAt(), zone));
    StringBuilder s = new StringBuilder();
    s.append("**整改措施 ").append(id).append(" · ").append(property).append("**\n\n");
    s.append("- 来源：").append(source(action)).append('\n');
    s.append("- 整改要求：").append(action.getDescription()).append('\n');
    s.append("- 负责部门：").append(groupName(action.getOwnerGroup())).append('\n');
    s.append("- 截止时间：").append(DeskFormat.time(action.getDueAt(), zone)).append('\n');
    if (action.getDoneNote() != null) {
      s.append("- 整改情况：")
          .append(action.getDoneNote())
          .append("（")
          .append(action.getDoneBy())
          .append("）\n");
    }
    if (action.getVerification() != null) {
      s.append("- 上次验证：").append(action.getVerification()).append('\n');
    }
    List<Household> concerned = actions.concerned(id);
    if (!concerned.isEmpty()) {
      s.append("\n**需回访的住户**（调查中表示不满意）\n\n");
      for (Household h : concerned) {
        s.append("- ")
            .append(h.getUnit())
            .append(" ")
            .append(h.getResidentName())
            .append(" ")
            .append(h.getPhone())
            .append('\n');
      }
    }
    task.setVariableLocal(INFO, clip(s.toString()));
  }

  private void supervision(DelegateTask task) {
    long id = SpecialServiceSupervisionProcess.Var.SUPERVISION_ID.from(task.getExecution());
    SpecialServiceSupervision supervision = schedules.supervision(id);
    String property = directory.get(supervision.getPropertyCode()).name();
    task.setName("特约服务质量监督：" + property + " " + supervision.getPeriod());
    task.setDescription("半年一次的居家（特约）服务质量监督 · " + property);
    task.setVariableLocal(
        INFO,
        "**"
            + property
            + " "
            + supervision.getPeriod()
            + " 特约服务质量监督**\n\n检查本半年的特约服务：预约与上门是否准时、报价与收费是否一致、住户评价与投诉。"
            + "需要整改的，勾选“提出整改措施”并写明要求、负责部门和期限。\n\n特约服务数据见指标看板 /reports/。");
  }

  private static String source(CorrectiveAction action) {
    return switch (action.getSource()) {
      case SURVEY -> "满意度调查 第 " + action.getSourceId() + " 号";
      case FORUM -> "业主座谈会 第 " + action.getSourceId() + " 号";
      case SUPERVISION -> "特约服务质量监督 第 " + action.getSourceId() + " 号";
    };
  }

  static String groupName(String group) {
    return switch (group) {
      case StaffGroups.FRONT_DESK -> "客服前台";
      case StaffGroups.SUPERVISOR -> "服务中心主管";
      case StaffGroups.CS_HEAD -> "客户服务部";
      case StaffGroups.CENTRE_MANAGER -> "服务中心经理";
      case StaffGroups.ENGINEERING -> "工程部";
      case StaffGroups.SECURITY -> "安防部";
      case StaffGroups.RECORDS -> "行政部";
      default -> group;
    };
  }

  private static String serviceNames(List<String> codes) {
    return String.join(
        "、",
        codes.stream()
            .map(c -> SurveyServices.find(c).map(SurveyServices.Service::zh).orElse(c))
            .toList());
  }

  static String percent(Double rate) {
    return rate == null ? "–" : Math.round(rate * 1000) / 10.0 + "%";
  }

  private static String clip(String text) {
    return clip(text, INFO_LENGTH);
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "…";
  }
}
