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
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.UnprocessableException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Re-prioritisation (issue 14, CAT-04): the triage runs again on the new classification or
 * priority, the running deadlines it decides are recomputed from receipt in the property's time
 * zone, their timers and Tasklist due dates follow, and a missed deadline stays missed.
 */
public class ReprioritisationProcessTest extends ProcessTestSupport {

  @Autowired Reprioritisations reprioritisations;

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
}
