package com.residentdesk.governance;

import com.residentdesk.casefile.CaselessTasks;
import com.residentdesk.governance.ProcedureChangeProcess.Element;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskLocaleResolver;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the governance tasks show in Tasklist: a name that says which procedure, and on the form
 * (its first component reads the {@code governanceInfo} task variable) the change with what changed
 * in words, the reason, the migration check, the manager's reason for a rejection; for a review the
 * procedure's history and the participants' views. Written when the task is created, in Chinese
 * (Tasklist's language for staff); the audit page and the API give the same record in English too.
 */
@Component
class GovernanceTasks implements CaselessTasks {

  /** The task variable the governance forms show (a form can show only variables). */
  static final String INFO = "governanceInfo";

  /** The engine keeps a text variable in a column of 4000 characters. */
  private static final int INFO_LENGTH = 3800;

  private static final Locale STAFF = DeskLocaleResolver.CHINESE;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ProcedureApprovals approvals;
  private final ProcedureReviews reviews;
  private final ChangeTexts texts;
  private final MessageSource messages;
  private final DeskClock clock;

  GovernanceTasks(
      ProcedureApprovals approvals,
      ProcedureReviews reviews,
      ChangeTexts texts,
      MessageSource messages,
      DeskClock clock) {
    this.approvals = approvals;
    this.reviews = reviews;
    this.texts = texts;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public void describe(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case Element.APPROVE_CHANGE -> changeTask(task, "governance.task.approve.name", false);
      case Element.READ_REJECTION -> changeTask(task, "governance.task.rejected.name", true);
      case ProcedureReviewProcess.Element.GIVE_REVIEW_VIEW ->
          reviewTask(task, "governance.task.review-view.name", false);
      case ProcedureReviewProcess.Element.REVIEW_PROCEDURE ->
          reviewTask(task, "governance.task.review.name", true);
      case ProcedureReviewProcess.Element.REVISE_PROCEDURE ->
          reviewTask(task, "governance.task.revise.name", true);
      default -> {
        // not a governance task
      }
    }
  }

  // ---- a change ---------------------------------------------------------------------------------

  private void changeTask(DelegateTask task, String nameCode, boolean decided) {
    ProcedureChange change =
        approvals.change(ProcedureChangeProcess.Var.CHANGE_ID.from(task.getExecution()));
    String procedures = procedureNames(change.getTenantId(), change.getProcedures());
    task.setName(text(nameCode, procedures));
    task.setDescription(
        "#" + change.getId() + " · " + change.getReason() + " · " + change.getProposedBy());
    StringBuilder info = new StringBuilder();
    info.append("**变更 #")
        .append(change.getId())
        .append("：")
        .append(md(change.getReason()))
        .append("**\n\n");
    info.append("- 提出人：").append(md(change.getProposedBy()));
    info.append("（").append(time(change.getProposedAt())).append("）\n");
    info.append("- 涉及流程：").append(md(procedures)).append('\n');
    if (change.getTenantId() != null) {
      info.append("- 物业项目（租户）：").append(md(change.getTenantId())).append('\n');
    }
    if (decided) {
      info.append("- 审批人：").append(md(change.getDecidedBy()));
      info.append("（").append(time(change.getDecidedAt())).append("）\n");
      info.append("- 不批准的原因：").append(md(change.getDecisionNote())).append('\n');
    }
    info.append("\n**改动内容**（由正在使用的版本与提交的版本比较得出）\n\n");
    texts
        .render(change.getChanges(), STAFF)
        .forEach(line -> info.append("- ").append(md(line)).append('\n'));
    if (!decided) {
      info.append("\n**运行中的案件**\n\n");
      List<ProcedureDeployments.MigrationCheck> running =
          change.getMigrationCheck().stream().filter(check -> check.runningCases() > 0).toList();
      if (running.isEmpty()) {
        info.append("- 目前没有运行中的案件使用要变更的流程；批准后新案件使用新版本。\n");
      }
      for (ProcedureDeployments.MigrationCheck check : running) {
        info.append("- ")
            .append(md(procedureNames(change.getTenantId(), List.of(check.processKey()))))
            .append(" 第 ")
            .append(check.fromVersion())
            .append(" 版：")
            .append(check.runningCases())
            .append(" 件运行中；");
        if (check.possible()) {
          info.append("可以迁移到新版本（勾选“迁移运行中的案件”即迁移，否则按原版本办完）。\n");
        } else {
          info.append("不能迁移，将按原版本办完：").append(md(String.join("；", check.why()))).append('\n');
        }
      }
    }
    task.setVariableLocal(INFO, clip(info.toString(), change.getId()));
  }

  // ---- a review ---------------------------------------------------------------------------------

  private void reviewTask(DelegateTask task, String nameCode, boolean withViews) {
    String ref = ProcedureReviewProcess.Var.PROCEDURE_REF.from(task.getExecution());
    GovernedProcedure procedure = reviews.procedure(ref);
    String name = procedureName(procedure);
    task.setName(text(nameCode, name));
    StringBuilder info = new StringBuilder();
    info.append("**").append(md(name)).append("**\n\n");
    info.append("- 复审到期：").append(time(procedure.getReviewDueAt())).append('\n');
    Optional<ProcedureChange> last = reviews.lastChange(procedure);
    info.append("- 上次变更：").append(time(procedure.getLastChangedAt()));
    last.ifPresent(
        change ->
            info.append("，#")
                .append(change.getId())
                .append(" ")
                .append(md(change.getReason()))
                .append("（")
                .append(md(change.getDecidedBy()))
                .append(" 批准）"));
    info.append('\n');
    if (procedure.getLastReviewedAt() != null) {
      info.append("- 上次复审：").append(time(procedure.getLastReviewedAt())).append('\n');
    }
    Optional<Long> reviewId = ProcedureReviewProcess.Var.REVIEW_ID.find(task.getExecution());
    if (withViews && reviewId.isPresent()) {
      ProcedureReview review = reviews.review(reviewId.get());
      info.append("\n**各部门意见**\n\n");
      if (review.getViews().isEmpty()) {
        info.append("- （没有部门在期限内提出意见）\n");
      }
      for (ReviewView view : review.getViews()) {
        info.append("- ")
            .append(md(groupName(view.getGroupId())))
            .append("（")
            .append(md(view.getGivenBy()))
            .append("）：")
            .append(md(view.getViewText()))
            .append('\n');
      }
      if (review.getResult() != null) {
        info.append("\n**中心经理的复审结论**：")
            .append(review.getResult() == ProcedureReview.Result.CHANGE_NEEDED ? "需要修订" : "无需修订")
            .append("\n\n")
            .append(md(review.getNotes()))
            .append('\n');
      }
    }
    task.setDescription(name + " · " + time(procedure.getReviewDueAt()));
    task.setVariableLocal(INFO, clip(info.toString(), null));
  }

  private String procedureNames(String tenantId, List<String> keys) {
    return keys.stream()
        .map(
            key -> {
              try {
                return procedureName(reviews.procedure(GovernedProcedure.ref(tenantId, key)));
              } catch (RuntimeException notRegistered) {
                return key;
              }
            })
        .collect(Collectors.joining("、"));
  }

  private static String procedureName(GovernedProcedure procedure) {
    return procedure.getName() == null || procedure.getName().equals(procedure.getProcedureKey())
        ? procedure.getProcedureKey()
        : procedure.getName() + "（" + procedure.getProcedureKey() + "）";
  }

  private static String groupName(String groupId) {
    return switch (groupId) {
      case StaffGroups.FRONT_DESK -> "前台";
      case StaffGroups.ENGINEERING -> "工程部";
      case StaffGroups.RECORDS -> "行政部";
      default -> groupId;
    };
  }

  private String time(Instant at) {
    return at == null ? "—" : MINUTE.format(at.atZone(clock.nowInCompanyZone().getZone()));
  }

  private String text(String code, Object... args) {
    return messages.getMessage(code, args, STAFF);
  }

  /** Markdown's own characters in names and texts shown as they are. */
  static String md(String text) {
    if (text == null) {
      return "—";
    }
    return text.replaceAll("([\\\\`*_{}\\[\\]<>#|])", "\\\\$1").replace("\n", " ");
  }

  private static String clip(String info, Long changeId) {
    if (info.length() <= INFO_LENGTH) {
      return info;
    }
    String more =
        changeId == null
            ? "\n\n……"
            : "\n\n……（内容较长，完整记录见审计页 /audit/ 的“流程变更”，或 /api/procedures/changes/" + changeId + "）";
    return info.substring(0, INFO_LENGTH - more.length()) + more;
  }
}
