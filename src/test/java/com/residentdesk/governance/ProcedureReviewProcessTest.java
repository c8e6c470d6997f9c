package com.residentdesk.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GOV-02 on the real application: every procedure has a review cycle; when the review is due the
 * front desk, engineering and administration give their views, the centre manager records the
 * result, the next review is scheduled a year on, and a needed change goes to the process owner.
 */
public class ProcedureReviewProcessTest extends ProcessTestSupport {

  @Autowired private ProcedureReviewRepository reviews;
  @Autowired private GovernedProcedureRepository register;

  /** The procedure's review falls due: the cycle's timer fires at the due date. */
  private ProcessInstance due(String procedure) {
    ProcessInstance cycle = cycle(procedure);
    GovernedProcedure row = register.findByProcedureRef(procedure).orElseThrow();
    setClock(row.getReviewDueAt().plusSeconds(60).atZone(SHANGHAI).toLocalDateTime());
    fire(timer(cycle, ProcedureReviewProcess.Element.REVIEW_DUE));
    return cycle;
  }

  private ProcessInstance cycle(String procedure) {
    List<ProcessInstance> cycles =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(ProcedureReviewProcess.businessKey(procedure))
            .list();
    assertThat(cycles).as("running review cycles of " + procedure).hasSize(1);
    return cycles.get(0);
  }

  private Task task(ProcessInstance cycle, String key, String group) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(cycle.getId())
        .taskDefinitionKey(key)
        .taskCandidateGroup(group)
        .singleResult();
  }

  private boolean ended(ProcessInstance cycle) {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(cycle.getId())
            .count()
        == 0;
  }

  /** What the task's form shows above its fields. */
  private String info(Task task) {
    return (String) engine.getTaskService().getVariableLocal(task.getId(), GovernanceTasks.INFO);
  }

  private void complete(String user, String group, Task task, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void everyProcedureHasItsReviewDueAYearAfterItsLastChangeOrReview_GOV02() {
    for (GovernedProcedure procedure : register.findAll()) {
      ProcessInstance cycle = cycle(procedure.getProcedureRef());
      assertThat(timer(cycle, ProcedureReviewProcess.Element.REVIEW_DUE).getDuedate().toInstant())
          .isEqualTo(procedure.getReviewDueAt())
          .isEqualTo(lastChangeOrReview(procedure).atZone(SHANGHAI).plusYears(1).toInstant());
    }
    assertThat(register.findAll())
        .extracting(GovernedProcedure::getProcedureKey)
        .contains("resident-request", "triage", "complaint-severity", "deadline-escalation")
        .doesNotContain(ProcedureChangeProcess.KEY, ProcedureReviewProcess.KEY);
  }

  private static Instant lastChangeOrReview(GovernedProcedure procedure) {
    Instant reviewed = procedure.getLastReviewedAt();
    return reviewed != null && reviewed.isAfter(procedure.getLastChangedAt())
        ? reviewed
        : procedure.getLastChangedAt();
  }

  @Test
  void aDueReviewHearsTheDepartmentsAndRecordsTheManagersResult_GOV02() {
    ProcessInstance cycle = due("complaint-severity");

    Task frontDesk =
        task(cycle, ProcedureReviewProcess.Element.GIVE_REVIEW_VIEW, StaffGroups.FRONT_DESK);
    assertThat(frontDesk.getName()).startsWith("提出年度复审意见");
    complete("clerk", StaffGroups.FRONT_DESK, frontDesk, Map.of("reviewView", "住户常问投诉分级，标准清楚"));
    complete(
        "engineer",
        StaffGroups.ENGINEERING,
        task(cycle, ProcedureReviewProcess.Element.GIVE_REVIEW_VIEW, StaffGroups.ENGINEERING),
        Map.of("reviewView", "维修类投诉应单列"));
    assertThatThrownBy(
            () ->
                complete(
                    "records",
                    StaffGroups.RECORDS,
                    task(
                        cycle,
                        ProcedureReviewProcess.Element.GIVE_REVIEW_VIEW,
                        StaffGroups.RECORDS),
                    Map.of()))
        .hasMessageContaining("复审意见");
    complete(
        "records",
        StaffGroups.RECORDS,
        task(cycle, ProcedureReviewProcess.Element.GIVE_REVIEW_VIEW, StaffGroups.RECORDS),
        Map.of("reviewView", "档案齐全"));

    Task review =
        task(cycle, ProcedureReviewProcess.Element.REVIEW_PROCEDURE, StaffGroups.CENTRE_MANAGER);
    assertThat(review.getName()).startsWith("复审流程");
    assertThat(info(review)).contains("维修类投诉应单列").contains("工程部");
    complete(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        review,
        Map.of("reviewResult", ProcedureReviewProcess.CHANGE_NEEDED, "reviewNotes", "维修类投诉单列一行"));

    ProcedureReview recorded =
        transaction.execute(
            status -> {
              ProcedureReview r =
                  reviews.findByProcedureRefOrderByOpenedAtDescIdDesc("complaint-severity").get(0);
              r.getViews().size();
              return r;
            });
    assertThat(recorded.getResult()).isEqualTo(ProcedureReview.Result.CHANGE_NEEDED);
    assertThat(recorded.getReviewedBy()).isEqualTo("manager");
    assertThat(recorded.getViews())
        .extracting(ReviewView::getGroupId)
        .containsExactly(StaffGroups.FRONT_DESK, StaffGroups.ENGINEERING, StaffGroups.RECORDS);

    // the next review is due a year after this one, in a cycle of its own
    Instant reviewed = recorded.getReviewedAt();
    ProcessInstance next =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(ProcedureReviewProcess.businessKey("complaint-severity"))
            .list()
            .stream()
            .filter(pi -> !pi.getId().equals(cycle.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(timer(next, ProcedureReviewProcess.Element.REVIEW_DUE).getDuedate().toInstant())
        .isEqualTo(reviewed.atZone(SHANGHAI).plusYears(1).toInstant());

    // a needed change goes to the process owner
    Task revise =
        task(cycle, ProcedureReviewProcess.Element.REVISE_PROCEDURE, StaffGroups.PROCESS_OWNER);
    assertThat(info(revise)).contains("维修类投诉单列一行");
    complete("owner", StaffGroups.PROCESS_OWNER, revise, Map.of("revisionNote", "已从 Modeler 提交变更"));
    assertThat(ended(cycle)).isTrue();
    assertThat(reviews.findById(recorded.getId()).orElseThrow().getRevisedBy()).isEqualTo("owner");
  }

  @Test
  void theManagerReviewsWithTheViewsGivenWhenTheDepartmentsTimeIsUp_GOV02() {
    ProcessInstance cycle = due("unified-answer");

    advance(Duration.ofDays(14).plusMinutes(1));
    fire(timer(cycle, ProcedureReviewProcess.Element.VIEWS_OVERDUE));

    Task review =
        task(cycle, ProcedureReviewProcess.Element.REVIEW_PROCEDURE, StaffGroups.CENTRE_MANAGER);
    assertThat(info(review)).contains("没有部门在期限内提出意见");
    complete(
        "manager",
        StaffGroups.CENTRE_MANAGER,
        review,
        Map.of("reviewResult", ProcedureReviewProcess.NO_CHANGE, "reviewNotes", "运行良好"));
    assertThat(ended(cycle)).isTrue();
  }
}
