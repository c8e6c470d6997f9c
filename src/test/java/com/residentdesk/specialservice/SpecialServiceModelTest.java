package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Element.*;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.ACCEPTANCE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.OUTSIDE_DECISION;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.RISK_DECISION;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.SATISFACTION;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.SERVICE_GROUP;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.TASK_PRIORITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.ModelTestSupport;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every gateway path and deadline of special-service, on the bare engine with mocked beans. */
class SpecialServiceModelTest extends ModelTestSupport {

  /** The appointment of every booking here: Saturday, four days after "now". */
  private Date appointment;

  @BeforeEach
  void aBookingForSaturday() {
    appointment = Date.from(now().plus(Duration.ofDays(4)));
    Date arrivalDue = Date.from(appointment.toInstant().plus(Duration.ofMinutes(2)));
    when(specialServices.arrivalDue(anyLong())).thenReturn(arrivalDue);
    stub(
        "notifyServiceStaffDelegate",
        execution -> {
          SERVICE_GROUP.set(execution, "engineering");
          if (!TASK_PRIORITY.isSet(execution)) {
            TASK_PRIORITY.set(execution, 50);
          }
        });
  }

  // ---- given -----------------------------------------------------------------------------------

  /** A booking that came with the case (POST /api/cases), its staff notified. */
  private ProcessInstance booked() {
    when(specialServices.booked(anyLong())).thenReturn(true);
    ProcessInstance pi = start(SpecialServiceProcess.KEY, TASK_PRIORITY.of(50));
    assertThat(pi)
        .hasPassedInOrder(REGISTER_CASE, NOTIFY_SERVICE_STAFF)
        .hasNotPassed(REGISTER_BOOKING)
        .isWaitingAt(CONFIRM_CONTENT_AND_PRICE);
    return pi;
  }

  private ProcessInstance accepted() {
    ProcessInstance pi = booked();
    complete(pi, CONFIRM_CONTENT_AND_PRICE, ACCEPTANCE.of("accepted"));
    return pi;
  }

  // ---- paths -----------------------------------------------------------------------------------

  @Test
  void aCatalogueServiceNeedsNoApproval_SVC06() {
    ProcessInstance pi = booked();

    assertThat(pi).hasNotPassed(APPROVE_OUTSIDE_CATALOGUE);
  }

  @Test
  void aServiceOutsideTheCatalogueWaitsForTheDepartmentHeadBeforeAnyoneIsSent_SVC06() {
    when(specialServices.booked(anyLong())).thenReturn(true);
    when(specialServices.outsideCatalogue(anyLong())).thenReturn(true);
    ProcessInstance pi = start(SpecialServiceProcess.KEY);

    assertThat(pi).isWaitingAt(APPROVE_OUTSIDE_CATALOGUE).task().hasCandidateGroup("cs-head");
    assertThat(delegatesRun).doesNotContain("notifyServiceStaffDelegate");
    complete(pi, APPROVE_OUTSIDE_CATALOGUE, OUTSIDE_DECISION.of("approve"));

    assertThat(delegatesRun).contains("notifyServiceStaffDelegate");
    assertThat(pi).isWaitingAt(CONFIRM_CONTENT_AND_PRICE);
  }

  @Test
  void aRefusedServiceOutsideTheCatalogueIsExplainedToTheResidentAndClosed_SVC06() {
    when(specialServices.booked(anyLong())).thenReturn(true);
    when(specialServices.outsideCatalogue(anyLong())).thenReturn(true);
    ProcessInstance pi = start(SpecialServiceProcess.KEY);

    complete(pi, APPROVE_OUTSIDE_CATALOGUE, OUTSIDE_DECISION.of("refuse"));

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(TELL_RESIDENT_REFUSED, CLOSE_BOOKING)
        .hasNotPassed(NOTIFY_SERVICE_STAFF, CONFIRM_CONTENT_AND_PRICE);
  }

  @Test
  void anUnexpectedDecisionOnAServiceOutsideTheCatalogueIsARefusal_SVC06() {
    when(specialServices.booked(anyLong())).thenReturn(true);
    when(specialServices.outsideCatalogue(anyLong())).thenReturn(true);
    ProcessInstance pi = start(SpecialServiceProcess.KEY);

    complete(pi, APPROVE_OUTSIDE_CATALOGUE, OUTSIDE_DECISION.of("maybe"));

    assertThat(pi).isEnded().hasPassed(TELL_RESIDENT_REFUSED).hasNotPassed(NOTIFY_SERVICE_STAFF);
  }

  @Test
  void aBookingWithoutItsServiceIsRegisteredByTheFrontDeskFirst_SVC07() {
    when(specialServices.booked(anyLong())).thenReturn(false);
    ProcessInstance pi = start(SpecialServiceProcess.KEY);

    assertThat(pi).isWaitingAt(REGISTER_BOOKING).task().hasCandidateGroup("front-desk");
    assertThat(delegatesRun).doesNotContain("notifyServiceStaffDelegate");
    complete(pi, REGISTER_BOOKING);

    assertThat(delegatesRun).contains("notifyServiceStaffDelegate");
    assertThat(pi).isWaitingAt(CONFIRM_CONTENT_AND_PRICE).task().hasCandidateGroup("front-desk");
  }

  @Test
  void theDeliveringStaffAreNotifiedBeforeAnyoneActs_SVC07() {
    booked();

    assertThat(delegatesRun)
        .containsSubsequence("registerCaseDelegate", "notifyServiceStaffDelegate");
  }

  @Test
  void noWorkStartsWhenTheResidentDeclinesContentOrPrice_SVC04() {
    ProcessInstance pi = booked();

    complete(pi, CONFIRM_CONTENT_AND_PRICE, ACCEPTANCE.of("declined"));

    assertThat(pi).isEnded().hasPassed(CLOSE_BOOKING).hasNotPassed(RECORD_ARRIVAL, RECORD_SERVICE);
  }

  @Test
  void anUnexpectedAnswerNeverStartsWork_SVC04() {
    ProcessInstance pi = booked();

    complete(pi, CONFIRM_CONTENT_AND_PRICE, ACCEPTANCE.of("maybe"));

    assertThat(pi).isEnded().hasNotPassed(RECORD_ARRIVAL);
  }

  @Test
  void acceptedTheDeliveringGroupArrivesByTheAppointment_SVC01_SVC16() {
    ProcessInstance pi = accepted();

    assertThat(pi).isWaitingAt(RECORD_ARRIVAL).task().hasCandidateGroup("engineering");
    assertThat(task(pi, RECORD_ARRIVAL).getDueDate())
        .isEqualTo(Date.from(appointment.toInstant().plus(Duration.ofMinutes(2))));
  }

  @Test
  void aSatisfiedResidentClosesTheBooking_SVC16() {
    ProcessInstance pi = accepted();
    complete(pi, RECORD_ARRIVAL);

    complete(pi, RECORD_SERVICE, SATISFACTION.of("satisfied"));

    assertThat(pi).isEnded().hasPassed(CLOSE_BOOKING).hasNotPassed(HANDLE_NONCONFORMITY);
  }

  @Test
  void anUnsatisfiedResidentIsANonconformityForTheCustomerServiceHead_SVC13() {
    ProcessInstance pi = accepted();
    complete(pi, RECORD_ARRIVAL);

    complete(pi, RECORD_SERVICE, SATISFACTION.of("unsatisfied"));

    assertThat(pi).isWaitingAt(HANDLE_NONCONFORMITY).task().hasCandidateGroup("cs-head");
    complete(pi, HANDLE_NONCONFORMITY);
    assertThat(pi).isEnded().hasPassed(CLOSE_BOOKING);
  }

  // ---- deadlines -------------------------------------------------------------------------------

  @Test
  void theArrivalTimerRunsFromTheAppointmentNotFromReceipt_SVC01_SVC16() {
    ProcessInstance pi = accepted();

    // a day after receipt (a repair's deadline) nothing is due: the appointment is on Saturday
    advance(Duration.ofDays(1));
    assertThat(timer(pi, NOBODY_ARRIVED).getDuedate())
        .isEqualTo(Date.from(appointment.toInstant().plus(Duration.ofMinutes(2))));
    assertThat(pi).isWaitingAt(RECORD_ARRIVAL);
  }

  @Test
  void nobodyThereTwoMinutesAfterTheAppointmentAlertsTheSupervisor_SVC01() {
    ProcessInstance pi = accepted();
    setClock(
        java.time.LocalDateTime.ofInstant(
            appointment.toInstant().plus(Duration.ofMinutes(2)), SHANGHAI));

    fire(timer(pi, NOBODY_ARRIVED));

    assertThat(pi).isWaitingAt(RECORD_ARRIVAL);
    assertThat(calledAt(pi, ESCALATE_MISSED_DEADLINE))
        .isWaitingAt(DeadlineEscalationProcess.Element.HANDLE_ESCALATION)
        .variables()
        .containsEntry(DeadlineEscalationProcess.Var.MISSED_RULE.name(), Rules.SVC_01);
  }

  @Test
  void anArrivalCancelsTheTimer_SVC01() {
    ProcessInstance pi = accepted();

    complete(pi, RECORD_ARRIVAL);

    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .count())
        .isZero();
    assertThat(pi).isWaitingAt(RECORD_SERVICE).task().hasCandidateGroup("engineering");
  }

  // ---- risk (SVC-06) ---------------------------------------------------------------------------

  private ProcessInstance riskyBooked() {
    when(specialServices.booked(anyLong())).thenReturn(true);
    when(specialServices.risky(anyLong())).thenReturn(true);
    ProcessInstance pi = start(SpecialServiceProcess.KEY, TASK_PRIORITY.of(50));
    assertThat(pi).isWaitingAt(ASSESS_RISK).task().hasCandidateGroup("quality");
    return pi;
  }

  @Test
  void aRiskyServiceIsAssessedBeforeThePriceIsConfirmed_SVC06() {
    ProcessInstance pi = riskyBooked();

    complete(pi, ASSESS_RISK, RISK_DECISION.of("approve"));

    assertThat(pi).isWaitingAt(CONFIRM_CONTENT_AND_PRICE).hasNotPassed(EXPLAIN_REFUSAL);
  }

  @Test
  void aRefusedRiskyServiceIsExplainedToTheResidentAndClosed_SVC06() {
    ProcessInstance pi = riskyBooked();

    complete(pi, ASSESS_RISK, RISK_DECISION.of("refuse"));

    assertThat(pi).isWaitingAt(EXPLAIN_REFUSAL).task().hasCandidateGroup("front-desk");
    complete(pi, EXPLAIN_REFUSAL);
    assertThat(pi)
        .isEnded()
        .hasPassed(CLOSE_BOOKING)
        .hasNotPassed(CONFIRM_CONTENT_AND_PRICE, RECORD_ARRIVAL);
  }

  @Test
  void anUnexpectedAssessmentNeverLetsARiskyServiceThrough_SVC06() {
    ProcessInstance pi = riskyBooked();

    complete(pi, ASSESS_RISK, RISK_DECISION.of("later"));

    assertThat(pi).isWaitingAt(EXPLAIN_REFUSAL);
  }

  @Test
  void aServiceWithoutTheRiskFlagNeedsNoAssessment_SVC06() {
    ProcessInstance pi = booked();

    assertThat(pi).hasNotPassed(ASSESS_RISK);
  }
}
