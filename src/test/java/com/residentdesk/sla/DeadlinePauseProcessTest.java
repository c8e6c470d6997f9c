package com.residentdesk.sla;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Element.*;
import static com.residentdesk.intake.ResidentRequestProcess.Field.ARRIVED_AT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.HANDLING_NOTES;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESULT;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static com.residentdesk.sla.DeadlinePauseProcess.Element.PAUSE_TOO_LONG;
import static com.residentdesk.sla.DeadlinePauseProcess.Element.RESUME_DEADLINES;
import static com.residentdesk.sla.DeadlinePauseProcess.Element.REVIEW_LONG_PAUSE;
import static com.residentdesk.sla.DeadlinePauseProcess.Field.LONG_PAUSE_NOTE;
import static com.residentdesk.sla.DeadlinePauseProcess.Field.RESUME_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's deadlines on hold (issue 14): the clocks stop, their timers do not fire, and taking the
 * hold off moves every paused deadline, its timer and its task's due date by the time on hold;
 * acknowledgements and emergencies keep running; a hold past its limit goes to the supervisor.
 */
public class DeadlinePauseProcessTest extends ProcessTestSupport {

  @Autowired DeadlinePauses pauses;

  private ProcessInstance waitingForDispatch() {
    ProcessInstance pi = submit(smallRepairByApp());
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));
    return pi;
  }

  private DeadlinePause pause(ProcessInstance pi, String reason, Instant expected) {
    Long caseId = caseId(pi);
    DeskFixture.signIn(engine.getIdentityService(), "clerk", List.of("front-desk"));
    try {
      return transaction.execute(
          s -> pauses.pause(caseId, reason, "Resident ordered the part", expected));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance pauseInstance(ProcessInstance pi) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(DeadlinePauseProcess.KEY)
        .processInstanceBusinessKey(caseOf(pi).getCaseNumber())
        .singleResult();
  }

  private void resume(ProcessInstance pi) {
    completeAs(
        "clerk",
        "front-desk",
        pauseInstance(pi),
        RESUME_DEADLINES,
        variables(RESUME_NOTE.of("The part arrived")));
  }

  private List<OutboxMessage> progressMails(ProcessInstance pi) {
    return outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.PROGRESS_UPDATE);
  }

  @Test
  void aHoldStopsTheClockAndResumingMovesDeadlineTimerAndTaskByTheTimeOnHold_HLP08_CAT04() {
    ProcessInstance pi = waitingForDispatch();
    Instant due = caseOf(pi).getReceivedAt().plus(Duration.ofHours(24));
    advance(Duration.ofHours(2));
    Instant expected = now().plus(Duration.ofDays(2));

    pause(pi, "parts", expected);

    assertThat(clock(pi, Rules.CAT_04, 0).getPausedAt()).isEqualTo(now());
    assertThat(timer(pi, DISPATCH_OVERDUE).getDuedate())
        .isEqualTo(Date.from(DeadlinePauses.ON_HOLD));
    Task resumeTask = openTask(pauseInstance(pi), RESUME_DEADLINES);
    assertThat(resumeTask.getDueDate()).isEqualTo(Date.from(expected));
    assertThat(resumeTask.getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);

    advance(Duration.ofHours(30)); // well past the original due moment
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .executable()
                .activityId(DISPATCH_OVERDUE)
                .count())
        .isZero();
    resume(pi);

    Instant moved = due.plus(Duration.ofHours(30));
    DeadlineClock dispatch = clock(pi, Rules.CAT_04, 0);
    assertThat(dispatch.getDueAt()).isEqualTo(moved);
    assertThat(dispatch.getPausedAt()).isNull();
    assertThat(dispatch.getPausedSeconds()).isEqualTo(Duration.ofHours(30).toSeconds());
    assertThat(timer(pi, DISPATCH_OVERDUE).getDuedate()).isEqualTo(Date.from(moved));
    assertThat(openTask(pi, ASSIGN_HANDLER).getDueDate()).isEqualTo(Date.from(moved));
    assertThat(caseFiles.sheet(caseId(pi)))
        .extracting(CaseEvent::getTitle)
        .contains("Deadlines paused", "Deadlines resumed");
    assertThat(progressMails(pi))
        .hasSize(2)
        .allSatisfy(mail -> assertThat(mail.getRecipient()).isEqualTo("wang.fang@example.com"));
    assertThat(progressMails(pi).get(0).getBody()).contains("配件到货");

    advance(Duration.between(now(), moved));
    fire(timer(pi, DISPATCH_OVERDUE));
    assertThat(clock(pi, Rules.CAT_04, 0).getBreachedAt()).isEqualTo(moved);
  }

  @Test
  void theAcknowledgementKeepsRunningWhileTheRestIsOnHold_INT04() {
    ProcessInstance pi = waitingForDispatch();
    Job acknowledgement = timer(pi, ACKNOWLEDGEMENT_DUE);

    pause(pi, "resident", null);

    assertThat(timer(pi, ACKNOWLEDGEMENT_DUE).getDuedate()).isEqualTo(acknowledgement.getDuedate());
    assertThat(clock(pi, Rules.CAT_04, 0).getPausedAt()).isNotNull();
    assertThat(openTask(pauseInstance(pi), RESUME_DEADLINES).getDueDate()).isNull();
  }

  @Test
  void anEmergencyCannotBePaused_EMG04() {
    ProcessInstance pi = submit(request("phone", "2-1201", "repair", "burst-pipe"));

    assertThatThrownBy(() -> pause(pi, "parts", null))
        .isInstanceOf(UnprocessableException.class)
        .hasMessage("problem.pause.nothing-running");
    assertThat(pauseInstance(pi)).isNull();
  }

  @Test
  void workDoneWhileOnHoldIsMetInTimeEvenPastTheOriginalDueMoment_SVC03() {
    ProcessInstance pi = waitingForDispatch();
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("engineer")));
    Instant due = clock(pi, Rules.SVC_03, 0).getDueAt();
    pause(pi, "resident", null);
    advance(Duration.between(now(), due).plusHours(5));

    completeAs(
        "engineer",
        "engineering",
        pi,
        HANDLE_ON_SITE,
        variables(ARRIVED_AT.of(localNow()), HANDLING_NOTES.of("Fixed"), RESULT.of("Fixed")));

    DeadlineClock fix = clock(pi, Rules.SVC_03, 0);
    assertThat(fix.metInTime()).isTrue();
    assertThat(fix.getBreachedAt()).isNull();
  }

  @Test
  void aTaskReachedWhileOnHoldWaitsWithTheClockAndGetsTheMovedDueDate_CAT04() {
    ProcessInstance pi = submit(smallRepairByApp());
    Instant due = caseOf(pi).getReceivedAt().plus(Duration.ofHours(24));
    pause(pi, "resident", null);
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));
    assertThat(timer(pi, DISPATCH_OVERDUE).getDuedate())
        .isEqualTo(Date.from(DeadlinePauses.ON_HOLD));

    advance(Duration.ofHours(26));
    resume(pi);

    Instant moved = due.plus(Duration.ofHours(26));
    assertThat(timer(pi, DISPATCH_OVERDUE).getDuedate()).isEqualTo(Date.from(moved));
    assertThat(openTask(pi, ASSIGN_HANDLER).getDueDate()).isEqualTo(Date.from(moved));
  }

  @Test
  void aHoldLongerThanTheLimitGoesToTheSupervisorAndStaysOn_HLP08() {
    ProcessInstance pi = waitingForDispatch();
    pause(pi, "outside-body", null);
    ProcessInstance hold = pauseInstance(pi);
    Job limit = timer(hold, PAUSE_TOO_LONG);
    assertThat(limit.getDuedate()).isEqualTo(Date.from(now().plus(Duration.ofDays(3))));

    advance(Duration.ofDays(3));
    fire(limit);

    assertThat(hold).isWaitingAt(RESUME_DEADLINES, REVIEW_LONG_PAUSE);
    assertThat(
            engine
                .getTaskService()
                .getIdentityLinksForTask(openTask(hold, REVIEW_LONG_PAUSE).getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("supervisor"));
    assertThat(outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.DEADLINE_BREACH))
        .isNotEmpty()
        .allSatisfy(mail -> assertThat(mail.getSubject()).contains(caseOf(pi).getCaseNumber()));
    assertThat(clock(pi, Rules.CAT_04, 0).getPausedAt()).isNotNull();
    assertThat(pauses.current(caseId(pi)).orElseThrow().getLimitReachedAt()).isEqualTo(now());

    completeAs(
        "supervisor",
        "supervisor",
        hold,
        REVIEW_LONG_PAUSE,
        variables(LONG_PAUSE_NOTE.of("Called the water company")));
    resume(pi);
    assertThat(hold).isEnded();
    assertThat(clock(pi, Rules.CAT_04, 0).getPausedAt()).isNull();
  }

  @Test
  void aSecondHoldABadReasonAndAPastResumeTimeAreRefused_HLP08() {
    ProcessInstance pi = waitingForDispatch();

    assertThatThrownBy(() -> pause(pi, "holiday", null)).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> pause(pi, "parts", now().minusSeconds(60)))
        .isInstanceOf(InvalidFieldException.class);
    pause(pi, "parts", null);
    assertThatThrownBy(() -> pause(pi, "parts", null))
        .isInstanceOf(UnprocessableException.class)
        .hasMessage("problem.pause.already");
  }
}
