package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Element.*;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.AGREEMENT_DECISION;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.AGREEMENT_END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import com.residentdesk.support.ModelTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path and timer of special-service-agreement, on the bare engine with mocked beans. */
class SpecialServiceAgreementModelTest extends ModelTestSupport {

  /** The first quarterly callback: 1 March 2027, 09:00 in Shanghai. */
  private static final OffsetDateTime FIRST_CALLBACK =
      OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

  @BeforeEach
  void aHalfYearAgreement() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-26T02:00:00Z")));
    when(agreements.quarterlyCallbacks(anyLong())).thenReturn("R1/" + FIRST_CALLBACK + "/P3M");
    when(agreements.endDue(anyLong())).thenReturn(Date.from(Instant.parse("2027-05-31T16:00:00Z")));
    when(agreements.stopDue(anyLong())).thenAnswer(call -> inOneDay());
    when(agreements.dedicatedStaff(anyLong())).thenReturn("clerk");
    when(agreements.deliveringGroup(anyLong())).thenReturn("front-desk");
  }

  private ProcessInstance signed() {
    ProcessInstance pi = start(SpecialServiceAgreementProcess.KEY);
    assertThat(pi).isWaitingAt(CONFIRM_TERMS).task().hasCandidateGroup("front-desk");
    complete(pi, CONFIRM_TERMS);
    assertThat(pi).isWaitingAt(APPROVE_AGREEMENT).task().hasCandidateGroup("cs-head");
    complete(pi, APPROVE_AGREEMENT, AGREEMENT_DECISION.of("approve"));
    assertThat(pi).isWaitingAt(SIGN_AGREEMENT).task().hasCandidateGroup("front-desk");
    complete(pi, SIGN_AGREEMENT);
    return pi;
  }

  private Job callbackTimer(ProcessInstance pi) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(QUARTERLY_CALLBACK_DUE)
        .singleResult();
  }

  @Test
  void theDepartmentHeadApprovesBeforeTheAgreementIsSignedAndRunsUntilItsEnd_SVC08() {
    ProcessInstance pi = signed();

    assertThat(pi).isWaitingAt(RUN_AGREEMENT).task(RUN_AGREEMENT).hasCandidateGroup("cs-head");
    assertThat(task(pi, RUN_AGREEMENT).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2027-05-31T16:00:00Z")));
    complete(pi, RUN_AGREEMENT, AGREEMENT_END.of("expired"));

    assertThat(pi)
        .isEnded()
        .hasPassed(CLOSE_AGREEMENT)
        .hasNotPassed(STOP_AGREEMENT, TELL_RESIDENT_REFUSED);
  }

  @Test
  void theDedicatedStaffTicksOffVisitsInTasklistAsLongAsTheAgreementIsInForce_SVC15() {
    ProcessInstance pi = signed();

    assertThat(pi).isWaitingAt(RUN_AGREEMENT, RECORD_VISIT);
    assertThat(pi).task(RECORD_VISIT).isAssignedTo("clerk");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(pi, RECORD_VISIT).getId()))
        .as("the delivering group may take it over")
        .anyMatch(
            link -> "candidate".equals(link.getType()) && "front-desk".equals(link.getGroupId()));
    complete(pi, RECORD_VISIT);
    complete(pi, RECORD_VISIT);
    assertThat(pi)
        .as("a ticked-off visit opens the next one at once")
        .isWaitingAt(RUN_AGREEMENT, RECORD_VISIT)
        .task(RECORD_VISIT)
        .isAssignedTo("clerk");

    complete(pi, RUN_AGREEMENT, AGREEMENT_END.of("expired"));

    assertThat(pi)
        .as("the agreement closed, its open visit task is withdrawn")
        .isEnded()
        .hasPassedInOrder(RUN_AGREEMENT, CLOSE_AGREEMENT, AGREEMENT_ENDED)
        .hasPassed(VISITS_ENDED);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(RECORD_VISIT)
                .list())
        .extracting(HistoricTaskInstance::getDeleteReason)
        .as("two visits ticked off, the third task withdrawn")
        .containsExactlyInAnyOrder("completed", "completed", "deleted");
  }

  @Test
  void visitsGoOnDuringTheNoticePeriodAndStopWithTheAgreement_SVC15_SVC08() {
    ProcessInstance pi = signed();

    complete(pi, RUN_AGREEMENT, AGREEMENT_END.of("notice"));

    assertThat(pi).isWaitingAt(STOP_AGREEMENT, RECORD_VISIT);
    complete(pi, RECORD_VISIT);
    assertThat(pi).isWaitingAt(STOP_AGREEMENT, RECORD_VISIT);
    complete(pi, STOP_AGREEMENT);
    assertThat(pi).isEnded().hasPassed(AGREEMENT_ENDED, VISITS_ENDED);
  }

  @Test
  void aRefusedAgreementIsNeverSignedAndTheResidentIsToldWhy_SVC08() {
    ProcessInstance pi = start(SpecialServiceAgreementProcess.KEY);
    complete(pi, CONFIRM_TERMS);

    complete(pi, APPROVE_AGREEMENT, AGREEMENT_DECISION.of("refuse"));

    assertThat(pi)
        .isEnded()
        .hasPassed(TELL_RESIDENT_REFUSED, CLOSE_AGREEMENT)
        .hasNotPassed(SIGN_AGREEMENT, RECORD_VISIT);
  }

  @Test
  void stoppingEarlyGoesThroughTheWrittenNoticeFirst_SVC08() {
    ProcessInstance pi = signed();

    complete(pi, RUN_AGREEMENT, AGREEMENT_END.of("notice"));

    assertThat(pi).isWaitingAt(STOP_AGREEMENT).task(STOP_AGREEMENT).hasCandidateGroup("cs-head");
    complete(pi, STOP_AGREEMENT);
    assertThat(pi).isEnded().hasPassedInOrder(RUN_AGREEMENT, STOP_AGREEMENT, CLOSE_AGREEMENT);
  }

  @Test
  void everyQuarterOfTheAgreementOpensAnOnSiteCallback_SVC11() {
    ProcessInstance pi = signed();

    Job first = callbackTimer(pi);
    assertThat(first.getDuedate()).isEqualTo(Date.from(FIRST_CALLBACK.toInstant()));
    ClockUtil.setCurrentTime(Date.from(FIRST_CALLBACK.toInstant().plus(Duration.ofMinutes(1))));
    engine.getManagementService().executeJob(first.getId());

    assertThat(task(pi, QUARTERLY_CALLBACK)).isNotNull();
    assertThat(pi).task(QUARTERLY_CALLBACK).hasCandidateGroup("front-desk");
    assertThat(task(pi, RUN_AGREEMENT)).as("the agreement runs on").isNotNull();
    Job second = callbackTimer(pi);
    assertThat(second.getDuedate()).isEqualTo(Date.from(FIRST_CALLBACK.plusMonths(3).toInstant()));
    complete(pi, QUARTERLY_CALLBACK);
    ClockUtil.setCurrentTime(
        Date.from(FIRST_CALLBACK.plusMonths(3).toInstant().plus(Duration.ofMinutes(1))));
    engine.getManagementService().executeJob(second.getId());

    assertThat(task(pi, QUARTERLY_CALLBACK)).isNotNull();
    assertThat(callbackTimer(pi)).as("two quarters in a half-year agreement").isNull();
  }

  @Test
  void aOneQuarterAgreementGetsOneCallback_SVC11() {
    when(agreements.quarterlyCallbacks(anyLong())).thenReturn("R0/" + FIRST_CALLBACK + "/P3M");
    ProcessInstance pi = signed();

    ClockUtil.setCurrentTime(Date.from(FIRST_CALLBACK.toInstant().plus(Duration.ofMinutes(1))));
    engine.getManagementService().executeJob(callbackTimer(pi).getId());

    assertThat(task(pi, QUARTERLY_CALLBACK)).isNotNull();
    assertThat(callbackTimer(pi)).isNull();
  }
}
