package com.residentdesk.triage;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Element.ASSIGN_HANDLER;
import static com.residentdesk.intake.ResidentRequestProcess.Element.DISPATCH_OVERDUE;
import static com.residentdesk.intake.ResidentRequestProcess.Element.FRONT_DESK_REVIEW;
import static com.residentdesk.intake.ResidentRequestProcess.Element.HANDLE_ON_SITE;
import static com.residentdesk.intake.ResidentRequestProcess.Element.RESOLUTION_OVERDUE;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Re-prioritisation (issue 14, CAT-04): the triage runs again on the new classification or
 * priority, the running deadlines it decides are recomputed from receipt in the property's time
 * zone, their timers and Tasklist due dates follow, and a missed deadline stays missed.
 */
public class ReprioritisationProcessTest extends ProcessTestSupport {

  @Autowired Reprioritisations reprioritisations;
  @Autowired com.residentdesk.sla.DeadlineWarnings warnings;

  private ProcessInstance waitingForDispatch(String subcategory) {
    ProcessInstance pi = submit(request("app", DeskFixture.UNIT_WITH_EMAIL, "repair", subcategory));
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));
    return pi;
  }

  private Reprioritisations.Outcome change(
      ProcessInstance pi, String category, String subcategory, String priority) {
    Long caseId = caseId(pi);
    DeskFixture.signIn(engine.getIdentityService(), "supervisor", java.util.List.of("supervisor"));
    try {
      return transaction.execute(
          s ->
              reprioritisations.reprioritise(
                  caseId, category, subcategory, priority, "Resident is elderly and alone"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void madeUrgentTheDispatchDeadlineRunsOneHourFromReceiptAndTimerAndTaskFollow_CAT04() {
    ProcessInstance pi = waitingForDispatch("small");
    Instant received = caseOf(pi).getReceivedAt();
    advance(Duration.ofMinutes(20));

    Reprioritisations.Outcome outcome = change(pi, null, null, "urgent");

    Instant due = received.plus(Duration.ofHours(1));
    assertThat(outcome.after().priority()).isEqualTo("urgent");
    assertThat(outcome.moved()).containsEntry(Rules.CAT_04, due);
    assertThat(clock(pi, Rules.CAT_04, 0).getDueAt()).isEqualTo(due);
    assertThat(timer(pi, DISPATCH_OVERDUE).getDuedate()).isEqualTo(Date.from(due));
    assertThat(openTask(pi, ASSIGN_HANDLER).getDueDate()).isEqualTo(Date.from(due));
    assertThat(openTask(pi, ASSIGN_HANDLER).getPriority()).isEqualTo(75);
    assertThat(caseOf(pi).getTriage().priority()).isEqualTo("urgent");
    assertThat(caseFiles.sheet(caseId(pi)))
        .filteredOn(e -> e.getTitle().equals("Re-prioritised"))
        .singleElement()
        .extracting(CaseEvent::getDetails)
        .asString()
        .contains("normal -> urgent", "Resident is elderly and alone", "CAT-04 2026-11-23 11:00");

    advance(Duration.ofMinutes(40));
    fire(timer(pi, DISPATCH_OVERDUE));
    assertThat(clock(pi, Rules.CAT_04, 0).getBreachedAt()).isEqualTo(due);
  }

  @Test
  void aSmallRepairFoundBigGetsThreeCalendarDaysFromReceiptWhateverTheServersZone_SVC03() {
    TimeZone jvm = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      // 08:30 in Shanghai is still the day before in Los Angeles (16:30 on 22 November)
      setClock(LocalDateTime.of(2026, 11, 23, 8, 30));
      ProcessInstance pi = waitingForDispatch("small");
      completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
      Instant received = caseOf(pi).getReceivedAt();
      assertThat(clock(pi, Rules.SVC_03, 0).getDueAt())
          .isEqualTo(received.plus(Duration.ofHours(24)));

      change(pi, "repair", "big", null);

      Instant due = LocalDateTime.of(2026, 11, 26, 8, 30).atZone(SHANGHAI).toInstant();
      DeadlineClock fix = clock(pi, Rules.SVC_03, 0);
      assertThat(fix.getDueAt()).isEqualTo(due);
      assertThat(timer(pi, RESOLUTION_OVERDUE).getDuedate()).isEqualTo(Date.from(due));
      assertThat(openTask(pi, HANDLE_ON_SITE).getDueDate()).isEqualTo(Date.from(due));
      assertThat(caseOf(pi).getRequest().subcategory()).isEqualTo("big");
      assertThat(clock(pi, Rules.CAT_04, 0).getMetAt()).isNotNull(); // met: untouched
    } finally {
      TimeZone.setDefault(jvm);
    }
  }

  @Test
  void aMissedDeadlineStaysMissed_CAT04() {
    ProcessInstance pi = waitingForDispatch("small");
    Instant due = caseOf(pi).getReceivedAt().plus(Duration.ofHours(24));
    advance(Duration.ofHours(25));
    fire(timer(pi, DISPATCH_OVERDUE));

    Reprioritisations.Outcome outcome = change(pi, null, null, "low");

    assertThat(outcome.moved()).isEmpty();
    DeadlineClock dispatch = clock(pi, Rules.CAT_04, 0);
    assertThat(dispatch.getBreachedAt()).isNotNull();
    assertThat(dispatch.getDueAt()).isEqualTo(due);
    assertThat(openTask(pi, ASSIGN_HANDLER).getPriority()).isEqualTo(25);
  }

  @Test
  void badEntriesAndAnEmergencyAreRefusedNamingTheField_CAT04() {
    ProcessInstance pi = waitingForDispatch("small");

    assertThatThrownBy(() -> change(pi, null, null, "emergency"))
        .isInstanceOf(InvalidFieldException.class)
        .extracting("field")
        .isEqualTo("priority");
    assertThatThrownBy(() -> change(pi, "repair", "pipe-burst", null))
        .isInstanceOf(InvalidFieldException.class)
        .extracting("field")
        .isEqualTo("subcategory");
    assertThatThrownBy(() -> change(pi, "complaint", null, null))
        .isInstanceOf(InvalidFieldException.class)
        .extracting("field")
        .isEqualTo("category");
    assertThatThrownBy(() -> change(pi, "repair", "burst-pipe", null))
        .isInstanceOf(UnprocessableException.class)
        .hasMessage("problem.reprioritise.emergency");
    assertThat(caseOf(pi).getTriage().priority()).isEqualTo("normal");
  }

  private java.util.List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .sorted()
        .toList();
  }

  @Test
  void aNewHandlingTeamTakesOverTheOpenTasksOfTheOldOneButNotTheFrontDesks_CAT04() {
    ProcessInstance atDispatch = waitingForDispatch("small");
    assertThat(candidateGroups(openTask(atDispatch, ASSIGN_HANDLER)))
        .containsExactly("engineering", "supervisor");

    Reprioritisations.Outcome outcome = change(atDispatch, "everyday-help", "lockout", null);

    assertThat(outcome.after().handlingGroup()).isEqualTo("security");
    assertThat(candidateGroups(openTask(atDispatch, ASSIGN_HANDLER)))
        .containsExactly("security", "supervisor");
    // urgent lockout: dispatched within the hour of receipt, and Tasklist's due date follows
    assertThat(openTask(atDispatch, ASSIGN_HANDLER).getDueDate())
        .isEqualTo(Date.from(caseOf(atDispatch).getReceivedAt().plus(Duration.ofHours(1))));

    ProcessInstance atDesk = submit(request("app", DeskFixture.UNIT_WITH_EMAIL, "repair", "small"));
    change(atDesk, "everyday-help", "lockout", null);
    assertThat(candidateGroups(openTask(atDesk, FRONT_DESK_REVIEW))).containsExactly("front-desk");
    assertThat(caseOf(atDesk).getTriage().handlingGroup()).isEqualTo("security");
  }

  @Test
  void theHandlerKeepsTheVisitWhileTheNewTeamIsOfferedIt_CAT04() {
    ProcessInstance pi = waitingForDispatch("small");
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));

    change(pi, "everyday-help", "lockout", null);

    Task visit = openTask(pi, HANDLE_ON_SITE);
    assertThat(visit.getAssignee()).isEqualTo("engineer");
    assertThat(candidateGroups(visit)).containsExactly("security");
  }

  @Test
  void aHandPickedPriorityTakesItsDispatchTimeFromTheChosenPriorityTable_CAT04() {
    var table =
        engine
            .getDecisionService()
            .evaluateDecisionTableByKey(Reprioritisations.CHOSEN_PRIORITY)
            .variables(java.util.Map.of("priority", "urgent"))
            .evaluate()
            .getSingleResult();
    assertThat(table.getEntryMap())
        .containsEntry("dispatchWithin", "PT1H")
        .containsEntry("taskPriority", 75);
    assertThat(Reprioritisations.PRIORITIES)
        .allSatisfy(
            priority ->
                assertThat(
                        engine
                            .getDecisionService()
                            .evaluateDecisionTableByKey(Reprioritisations.CHOSEN_PRIORITY)
                            .variables(java.util.Map.of("priority", priority))
                            .evaluate()
                            .getSingleResult())
                    .as(priority)
                    .isNotNull());

    ProcessInstance pi = waitingForDispatch("small");
    change(pi, null, null, "low");
    assertThat(caseOf(pi).getTriage().dispatchWithin()).isEqualTo("PT24H");
    assertThat(openTask(pi, ASSIGN_HANDLER).getPriority()).isEqualTo(25);
  }

  private ProcessInstance startForm(String user, java.util.Map<String, Object> form) {
    DeskFixture.signIn(engine.getIdentityService(), user, java.util.List.of("supervisor"));
    try {
      return engine
          .getFormService()
          .submitStartForm(
              engine
                  .getRepositoryService()
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(CaseReprioritisationProcess.KEY)
                  .latestVersion()
                  .singleResult()
                  .getId(),
              form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aSupervisorReprioritisesFromTasklistsStartFormThroughTheSameService_CAT04() {
    ProcessInstance pi = waitingForDispatch("small");
    Instant received = caseOf(pi).getReceivedAt();

    ProcessInstance form =
        startForm(
            "supervisor",
            variables(
                CaseReprioritisationProcess.Field.CASE_NUMBER.of(caseOf(pi).getCaseNumber()),
                CaseReprioritisationProcess.Field.CATEGORY.of("repair"),
                CaseReprioritisationProcess.Field.SUBCATEGORY.of("big"),
                CaseReprioritisationProcess.Field.PRIORITY.of("urgent"),
                CaseReprioritisationProcess.Field.REASON.of(
                    "Water is coming through the ceiling")));

    BpmnAwareTests.assertThat(form)
        .isEnded()
        .hasPassed(CaseReprioritisationProcess.Element.REPRIORITISE);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(form.getId())
                .singleResult()
                .getBusinessKey())
        .isEqualTo(caseOf(pi).getCaseNumber());
    assertThat(form.getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);
    assertThat(caseOf(pi).getRequest().subcategory()).isEqualTo("big");
    assertThat(caseOf(pi).getTriage().priority()).isEqualTo("urgent");
    assertThat(openTask(pi, ASSIGN_HANDLER).getDueDate())
        .isEqualTo(Date.from(received.plus(Duration.ofHours(1))));
    assertThat(caseFiles.sheet(caseId(pi)))
        .filteredOn(e -> e.getTitle().equals("Re-prioritised"))
        .singleElement()
        .satisfies(e -> assertThat(e.getActor()).isEqualTo("supervisor"))
        .extracting(CaseEvent::getDetails)
        .asString()
        .contains("repair/small -> repair/big", "Water is coming through the ceiling");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(form.getId())
                .variableName(CaseReprioritisationProcess.Field.REASON.name())
                .count())
        .as("the reason is on the handling sheet, not left in the process")
        .isZero();
  }

  @Test
  void theStartFormRefusesInChineseAndChangesNothing_CAT04() {
    ProcessInstance pi = waitingForDispatch("small");
    String number = caseOf(pi).getCaseNumber();

    assertThatThrownBy(
            () ->
                startForm(
                    "supervisor",
                    variables(
                        CaseReprioritisationProcess.Field.CASE_NUMBER.of(number),
                        CaseReprioritisationProcess.Field.PRIORITY.of("urgent"),
                        CaseReprioritisationProcess.Field.REASON.of("  "))))
        .isInstanceOf(InvalidEntryException.class)
        .hasMessageStartingWith("调整原因：不能为空")
        .satisfies(e -> assertThat(((InvalidEntryException) e).field()).isEqualTo("reason"));
    assertThatThrownBy(
            () ->
                startForm(
                    "supervisor",
                    variables(
                        CaseReprioritisationProcess.Field.CASE_NUMBER.of(number),
                        CaseReprioritisationProcess.Field.CATEGORY.of("repair"),
                        CaseReprioritisationProcess.Field.SUBCATEGORY.of("burst-pipe"),
                        CaseReprioritisationProcess.Field.REASON.of("Pipe burst after all"))))
        .isInstanceOf(InvalidEntryException.class)
        .hasMessageStartingWith("按此分类工单 " + number + " 属于紧急情况")
        .satisfies(e -> assertThat(((InvalidEntryException) e).field()).isEqualTo("subcategory"));
    assertThatThrownBy(
            () ->
                startForm(
                    "supervisor",
                    variables(
                        CaseReprioritisationProcess.Field.CASE_NUMBER.of("RS-XX-20260101-0001"),
                        CaseReprioritisationProcess.Field.REASON.of("Wrong number"))))
        .isInstanceOf(InvalidEntryException.class)
        .hasMessageStartingWith("没有您可查看的工单 RS-XX-20260101-0001");

    assertThat(caseOf(pi).getTriage().priority()).isEqualTo("normal");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseReprioritisationProcess.KEY)
                .processInstanceBusinessKey(number)
                .count())
        .isZero();
  }

  @Test
  void onlySupervisorsMayStartIt_CAT04() {
    ProcessInstance pi = waitingForDispatch("small");
    String number = caseOf(pi).getCaseNumber();
    DeskFixture.signIn(engine.getIdentityService(), "clerk", java.util.List.of("front-desk"));
    try {
      assertThatThrownBy(
              () ->
                  engine
                      .getRuntimeService()
                      .createProcessInstanceByKey(CaseReprioritisationProcess.KEY)
                      .setVariables(
                          variables(
                              CaseReprioritisationProcess.Field.CASE_NUMBER.of(number),
                              CaseReprioritisationProcess.Field.PRIORITY.of("urgent"),
                              CaseReprioritisationProcess.Field.REASON.of("Clerk thinks so")))
                      .execute())
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(caseOf(pi).getTriage().priority()).isEqualTo("normal");
  }

  @Test
  void aWarnedDeadlineMovedLaterIsNoLongerDueSoonAndWarnsAgainWhenItsTimeComes_CAT04_SVC03() {
    ProcessInstance pi = waitingForDispatch("small");
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
    advance(Duration.ofHours(13)); // a small repair's 24 hours: more than half used
    warnings.sendDue();
    assertThat(openTask(pi, HANDLE_ON_SITE).getFollowUpDate()).isNotNull();
    assertThat(clock(pi, Rules.SVC_03, 0).getWarningsSent()).isEqualTo(1);

    change(pi, "repair", "big", null); // three days from receipt

    assertThat(openTask(pi, HANDLE_ON_SITE).getFollowUpDate())
        .as("no longer 'due soon' in Tasklist")
        .isNull();
    assertThat(clock(pi, Rules.SVC_03, 0).getWarningsSent()).isZero();
    warnings.sendDue();
    assertThat(clock(pi, Rules.SVC_03, 0).getWarningsSent())
        .as("13 of 72 hours: no warning yet")
        .isZero();

    advance(Duration.ofHours(26)); // 39 of 72 hours
    warnings.sendDue();
    assertThat(clock(pi, Rules.SVC_03, 0).getWarningsSent()).isEqualTo(1);
    assertThat(openTask(pi, HANDLE_ON_SITE).getFollowUpDate()).isNotNull();
  }
}
