package com.residentdesk.sla;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Element.*;
import static com.residentdesk.intake.ResidentRequestProcess.Field.ARRIVED_AT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.FEEDBACK_METHOD;
import static com.residentdesk.intake.ResidentRequestProcess.Field.HANDLING_NOTES;
import static com.residentdesk.intake.ResidentRequestProcess.Field.PLANNED_FIX_AT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESPONSE_KIND;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESPONSE_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESULT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SATISFACTION;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.FIXED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static com.residentdesk.sla.DeadlineEscalationProcess.Element.HANDLE_ESCALATION;
import static com.residentdesk.sla.DeadlineEscalationProcess.Field.ESCALATION_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every deadline of the request lifecycle: its timer is due exactly when the rule says, the task
 * shows the same due date, a breach is recorded with the rule, the deadline and the time it was
 * missed, the escalation group gets a task and an e-mail, and the work itself carries on.
 */
public class DeadlineEscalationProcessTest extends ProcessTestSupport {

  @Autowired PlatformTransactionManager transactionManager;

  private List<Task> escalationTasks(ProcessInstance pi) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceIdIn(withCalledProcesses(pi))
        .taskDefinitionKey(HANDLE_ESCALATION)
        .list();
  }

  private List<OutboxMessage> breachMails(ProcessInstance pi) {
    return outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.DEADLINE_BREACH);
  }

  private void assertEscalated(ProcessInstance pi, String rule, String group, Instant due) {
    DeadlineClock clock =
        clocks(pi).stream().filter(c -> c.getRuleId().equals(rule)).findFirst().orElseThrow();
    assertThat(clock.getDueAt()).isEqualTo(due);
    assertThat(clock.getBreachedAt()).isEqualTo(now());
    assertThat(clock.getEscalatedTo()).isEqualTo(group);
    List<Task> escalations = escalationTasks(pi);
    assertThat(escalations).hasSize(1);
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalations.get(0).getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(group));
    assertThat(breachMails(pi))
        .isNotEmpty()
        .allSatisfy(
            mail -> {
              assertThat(mail.getSubject()).contains(rule, caseOf(pi).getCaseNumber());
              assertThat(mail.getBody())
                  .doesNotContain(
                      caseOf(pi).getRequest().phone(), caseOf(pi).getRequest().residentName());
            });
    assertThat(caseFiles.sheet(caseId(pi))).extracting(CaseEvent::getRuleId).contains(rule);
  }

  /** The task shows the same due date its boundary timer fires at. */
  private Job assertTaskAndTimerDue(
      ProcessInstance pi, String taskKey, String timerId, Instant due) {
    assertThat(openTask(pi, taskKey).getDueDate()).isEqualTo(Date.from(due));
    Job timer = timer(pi, timerId);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(due));
    return timer;
  }

  private void dispatchFromDesk(ProcessInstance pi) {
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));
  }

  // ---- INT-04: acknowledgement within 1 hour ----------------------------------------------------

  @Test
  void undeliveredAcknowledgementEscalatesToTheSupervisorAfterOneHour_INT04() {
    ProcessInstance pi = submit(smallRepairByApp());
    Instant received = now();
    Job timer = timer(pi, ACKNOWLEDGEMENT_DUE);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(received.plus(Duration.ofHours(1))));

    advance(Duration.ofHours(1));
    fire(timer);

    assertEscalated(pi, Rules.INT_04, "supervisor", received.plus(Duration.ofHours(1)));
    assertThat(pi).isWaitingAt(FRONT_DESK_REVIEW, ESCALATE_MISSED_DEADLINE);
    completeAs(
        "supervisor",
        "supervisor",
        pi,
        HANDLE_ESCALATION,
        variables(ESCALATION_NOTE.of("Called the resident")));
    assertThat(escalationTasks(pi)).isEmpty();
    assertThat(pi).isWaitingAt(FRONT_DESK_REVIEW);
  }

  @Test
  void acknowledgementDeliveredInTimeIsNotEscalated_INT04() {
    ProcessInstance pi = submit(smallRepairByApp());
    OutboxMessage ack =
        outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.ACKNOWLEDGEMENT).get(0);
    advance(Duration.ofMinutes(3));
    Instant deliveredAt = now();
    transaction.executeWithoutResult(
        s -> {
          var row = outbox.findById(ack.getId()).orElseThrow();
          ReflectionTestUtils.invokeMethod(row, "markSent", deliveredAt);
        });

    advance(Duration.ofMinutes(57));
    fire(timer(pi, ACKNOWLEDGEMENT_DUE));

    assertThat(escalationTasks(pi)).isEmpty();
    assertThat(clock(pi, Rules.INT_04, 0).getMetAt()).isEqualTo(deliveredAt);
    assertThat(clock(pi, Rules.INT_04, 0).getBreachedAt()).isNull();
  }

  @Test
  void residentToldInPersonIsNotEscalated_INT04() {
    ProcessInstance pi = submit(request("walk-in", "2-1201", "repair", "small"));
    advance(Duration.ofHours(1));
    fire(timer(pi, ACKNOWLEDGEMENT_DUE));

    assertThat(escalationTasks(pi)).isEmpty();
    assertThat(clock(pi, Rules.INT_04, 0).getMetAt()).isNotNull();
  }

  @Test
  void requestTakenByStaffOnPatrolWasAcknowledgedInPerson_INT03_INT04() {
    ProcessInstance pi = submit(request("patrol", "2-1201", "repair", "small"));
    advance(Duration.ofHours(1));
    fire(timer(pi, ACKNOWLEDGEMENT_DUE));

    assertThat(escalationTasks(pi)).isEmpty();
  }

  @Test
  void residentWithoutEmailReachedByLetterIsEscalatedForAPhoneCall_INT04() {
    ProcessInstance pi = submit(request("letter", "2-1201", "repair", "small"));
    advance(Duration.ofHours(1));
    fire(timer(pi, ACKNOWLEDGEMENT_DUE));

    assertThat(escalationTasks(pi)).hasSize(1);
  }

  // ---- CAT-02: supervisor reply within 5 minutes ------------------------------------------------

  @Test
  void supervisorReplyOverdueAfterFiveMinutesEscalatesToTheCentreManager_CAT02() {
    ProcessInstance pi = submit(request("phone", "2-1201", "everyday-help", null));
    advance(Duration.ofMinutes(2));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        FRONT_DESK_REVIEW,
        variables(DESK_OUTCOME.of("consult-supervisor")));
    Instant due = now().plus(Duration.ofMinutes(5));
    Job timer = assertTaskAndTimerDue(pi, CONSULT_SUPERVISOR, SUPERVISOR_REPLY_OVERDUE, due);

    advance(Duration.ofMinutes(5));
    fire(timer);

    assertEscalated(pi, Rules.CAT_02, "centre-manager", due);
    assertThat(pi).isWaitingAt(CONSULT_SUPERVISOR, ESCALATE_MISSED_DEADLINE);
  }

  // ---- CAT-04: dispatch within 24 hours ---------------------------------------------------------

  @Test
  void dispatchOverdueAfter24HoursEscalatesToTheSupervisor_CAT04() {
    ProcessInstance pi = submit(smallRepairByApp());
    Instant due = caseOf(pi).getReceivedAt().plus(Duration.ofHours(24));
    assertThat(openTask(pi, FRONT_DESK_REVIEW).getDueDate()).isEqualTo(Date.from(due));
    dispatchFromDesk(pi);
    Job timer = assertTaskAndTimerDue(pi, ASSIGN_HANDLER, DISPATCH_OVERDUE, due);

    advance(Duration.ofHours(24));
    fire(timer);

    assertEscalated(pi, Rules.CAT_04, "supervisor", due);
    assertThat(pi).isWaitingAt(ASSIGN_HANDLER, ESCALATE_MISSED_DEADLINE);
  }

  @Test
  void urgentHelpMustBeDispatchedWithinTheTriageTablesHour_CAT04() {
    ProcessInstance pi = submit(request("phone", "2-1201", "everyday-help", "lockout"));
    dispatchFromDesk(pi);

    assertThat(timer(pi, DISPATCH_OVERDUE).getDuedate())
        .isEqualTo(Date.from(caseOf(pi).getReceivedAt().plus(Duration.ofHours(1))));
    assertThat(openTask(pi, ASSIGN_HANDLER).getPriority()).isEqualTo(75);
  }

  // ---- SVC-03: small problems fixed in 24 hours, big ones answered in 3 days --------------------

  @Test
  void smallRepairNotFixedWithin24HoursEscalatesToTheCentreManager_SVC03() {
    ProcessInstance pi = submit(smallRepairByApp());
    dispatchFromDesk(pi);
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
    Instant due = caseOf(pi).getReceivedAt().plus(Duration.ofHours(24));
    assertThat(openTask(pi, HANDLE_ON_SITE).getDueDate()).isEqualTo(Date.from(due));

    advance(Duration.ofHours(24));
    fire(timer(pi, RESOLUTION_OVERDUE));

    assertEscalated(pi, Rules.SVC_03, "centre-manager", due);
    assertThat(pi).isWaitingAt(HANDLE_ON_SITE, ESCALATE_MISSED_DEADLINE);
  }

  @Test
  void aBigProblemNeedsAResponseWithinThreeCalendarDaysThenTheFixIsDueOnThePlannedDate_SVC03() {
    ProcessInstance pi = submit(request("app", "1-0502", "repair", "big"));
    dispatchFromDesk(pi);
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));

    Instant expected = caseOf(pi).getReceivedAt().atZone(SHANGHAI).plusDays(3).toInstant();
    assertThat(pi).isWaitingAt(RESPOND_WITH_PLAN).hasNotPassed(HANDLE_ON_SITE);
    assertThat(timer(pi, RESPONSE_OVERDUE).getDuedate()).isEqualTo(Date.from(expected));
    assertThat(openTask(pi, RESPOND_WITH_PLAN).getDueDate()).isEqualTo(Date.from(expected));

    // the response on the last second of the third day meets SVC-03; the fix may come later
    advance(Duration.between(now(), expected));
    String planned = "2026-12-04T09:00+08:00";
    completeAs(
        "engineer",
        "engineering",
        pi,
        RESPOND_WITH_PLAN,
        variables(
            RESPONSE_KIND.of("plan"),
            PLANNED_FIX_AT.of(planned),
            RESPONSE_NOTE.of("Told Ms Wang: new balcony door fitted on 4 December")));

    assertThat(clock(pi, Rules.SVC_03, 0).metInTime()).isTrue();
    Instant plannedAt = java.time.OffsetDateTime.parse(planned).toInstant();
    assertThat(openTask(pi, FIX_AS_PLANNED).getDueDate()).isEqualTo(Date.from(plannedAt));
    assertThat(
            outbox.findByCaseIdAndPurpose(
                caseId(pi), com.residentdesk.notification.MessagePurpose.PROGRESS_NOTICE))
        .isNotEmpty()
        .allSatisfy(notice -> assertThat(notice.getBody()).contains("2026-12-04 09:00"));
    completeAs(
        "engineer",
        "engineering",
        pi,
        FIX_AS_PLANNED,
        variables(ARRIVED_AT.of(localNow()), HANDLING_NOTES.of("Door fitted"), RESULT.of("Fixed")));
    assertThat(pi).isWaitingAt(CONFIRM_WITH_RESIDENT);
    assertThat(clock(pi, Rules.SVC_03, 0).getBreachedAt()).isNull();
  }

  @Test
  void aBigProblemWithoutAResponseInThreeDaysIsEscalated_SVC03() {
    ProcessInstance pi = submit(request("app", "1-0502", "repair", "big"));
    dispatchFromDesk(pi);
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
    Instant due = clock(pi, Rules.SVC_03, 0).getDueAt();

    advance(Duration.between(now(), due));
    fire(timer(pi, RESPONSE_OVERDUE));

    assertEscalated(pi, Rules.SVC_03, "centre-manager", due);
    assertThat(pi).isWaitingAt(RESPOND_WITH_PLAN, ESCALATE_MISSED_DEADLINE);
  }

  @Test
  void aPlannedDateInThePastIsRefusedNamingTheField_SVC03() {
    ProcessInstance pi = submit(request("app", "1-0502", "repair", "big"));
    dispatchFromDesk(pi);
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                completeAs(
                    "engineer",
                    "engineering",
                    pi,
                    RESPOND_WITH_PLAN,
                    variables(
                        RESPONSE_KIND.of("visit"),
                        PLANNED_FIX_AT.of("2020-01-01T09:00+08:00"),
                        RESPONSE_NOTE.of("Visited"))))
        .hasMessageContaining("plannedFixAt");
    assertThat(pi).isWaitingAt(RESPOND_WITH_PLAN);
  }

  // ---- HLP-07: written feedback within 24 hours of completion -----------------------------------

  @Test
  void writtenFeedbackIsDue24HoursAfterTheHandlerCompletedNotAfterConfirmation_HLP07() {
    ProcessInstance pi = submit(smallRepairByApp());
    dispatchFromDesk(pi);
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
    completeAs(
        "engineer",
        "engineering",
        pi,
        HANDLE_ON_SITE,
        variables(ARRIVED_AT.of(localNow()), HANDLING_NOTES.of("Fixed"), RESULT.of("Fixed")));
    Instant completed = now();
    // the resident's confirmation comes first: it is due by the feedback's deadline (HLP-06)
    assertThat(openTask(pi, CONFIRM_WITH_RESIDENT).getDueDate())
        .isEqualTo(Date.from(completed.plus(Duration.ofHours(24))));
    assertThat(clocks(pi)).extracting(DeadlineClock::getRuleId).doesNotContain(Rules.HLP_07);
    advance(Duration.ofHours(3));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        CONFIRM_WITH_RESIDENT,
        variables(FIXED.of(true), SATISFACTION.of("satisfied")));
    Instant due = completed.plus(Duration.ofHours(24));
    assertTaskAndTimerDue(pi, SEND_WRITTEN_FEEDBACK, WRITTEN_FEEDBACK_OVERDUE, due);

    advance(Duration.ofHours(21).minusSeconds(1));
    assertThat(timer(pi, WRITTEN_FEEDBACK_OVERDUE).getDuedate()).isAfter(Date.from(now()));
    advance(Duration.ofSeconds(1));
    assertThat(now()).isEqualTo(due);
    fire(timer(pi, WRITTEN_FEEDBACK_OVERDUE));

    assertEscalated(pi, Rules.HLP_07, "supervisor", due);
    // the follow-up task is due when the missed deadline was: overdue from the start
    assertThat(escalationTasks(pi).get(0).getDueDate()).isEqualTo(Date.from(due));
    completeAs(
        "clerk", "front-desk", pi, SEND_WRITTEN_FEEDBACK, variables(FEEDBACK_METHOD.of("email")));
    assertThat(pi).isWaitingAt(TRIAL_RUN_OVER, ESCALATE_MISSED_DEADLINE);
  }

  @Test
  void aDeadlineMetInTimeCancelsItsTimer_CAT04() {
    ProcessInstance pi = submit(smallRepairByApp());
    dispatchFromDesk(pi);
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));

    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(DISPATCH_OVERDUE)
                .count())
        .isZero();
    assertThat(clock(pi, Rules.CAT_04, 0).getMetAt()).isEqualTo(now());
    assertThat(clock(pi, Rules.CAT_04, 0).getBreachedAt()).isNull();
  }

  @Test
  void aRetriedBreachIsRecordedOnce_CAT04() {
    ProcessInstance pi = submit(smallRepairByApp());
    Long caseId = caseId(pi);
    transaction.executeWithoutResult(s -> deadlines.due(caseId, Rules.CAT_04));

    Boolean first =
        transaction.execute(s -> deadlines.breach(caseId, Rules.CAT_04, "supervisor").isPresent());
    Boolean second =
        transaction.execute(s -> deadlines.breach(caseId, Rules.CAT_04, "supervisor").isPresent());

    assertThat(first).isTrue();
    assertThat(second).isFalse();
  }
}
