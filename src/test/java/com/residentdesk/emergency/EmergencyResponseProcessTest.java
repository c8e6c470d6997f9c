package com.residentdesk.emergency;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.emergency.EmergencyResponseProcess.Element.*;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.ALERT_NOTE;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.ARRIVAL_CORRECTED_TO;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CALLED_119;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CALLED_AT;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CALLED_BY;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.CORRECTION_REASON;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.DISPUTE;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.HANDLING_NOTES;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.HAZARD_DESCRIPTION;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.INCIDENT_REPORT;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.MEDIATION_OUTCOME;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.POLICE_CALLED;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.RESIDENT_CHOICE;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.RESULT;
import static com.residentdesk.emergency.EmergencyResponseProcess.Field.SAFETY_MEASURES;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.HAZARD_FOUND;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.RESPONDER;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SATISFACTION;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CONTROL_CENTRE_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.FIXED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.casefile.CaseBlock;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.rota.DutyShift;
import com.residentdesk.rota.DutyShiftRepository;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The emergency path (EMG-01..05, SVC-05) and after-hours routing (HLP-02, HLP-03). */
public class EmergencyResponseProcessTest extends ProcessTestSupport {

  @Autowired DutyShiftRepository rota;
  @Autowired ServiceCaseRepository cases;

  private ProcessInstance emergencyOf(ProcessInstance parent) {
    ProcessInstance called =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .superProcessInstanceId(parent.getId())
            .singleResult();
    assertThat(called).as("emergency-response called by " + parent.getBusinessKey()).isNotNull();
    return called;
  }

  private List<Task> tasks(ProcessInstance pi, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceIdIn(withCalledProcesses(pi))
        .taskDefinitionKey(key)
        .list();
  }

  /** The coordinator (the on-duty supervisor) starts the plan, by default as the demo rota says. */
  private void startPlan(ProcessInstance emergency) {
    startPlan(emergency, "");
  }

  /** ... saying when the fire brigade was called (blank: just now). */
  private void startPlan(ProcessInstance emergency, String calledAt) {
    completeAs(
        "supervisor",
        "supervisor",
        emergency,
        START_EMERGENCY_PLAN,
        variables(
            CALLED_119.of(true),
            CALLED_BY.of("Huang (guard)"),
            CALLED_AT.of(calledAt),
            SAFETY_MEASURES.of("Water main closed, corridor cordoned off")));
  }

  /** One tap: the form sends its two optional fields empty. */
  private void arrive(ProcessInstance emergency, String user, String group) {
    completeAs(
        user,
        group,
        emergency,
        ARRIVE_ON_SITE,
        variables(ARRIVAL_CORRECTED_TO.of(""), CORRECTION_REASON.of("")));
  }

  private Map<String, Object> handled(boolean hazard) {
    return variables(
        HANDLING_NOTES.of("Closed the valve, replaced the pipe section"),
        RESULT.of("Pipe repaired"),
        INCIDENT_REPORT.of("Burst pipe in the riser; no injuries"),
        HAZARD_FOUND.of(hazard),
        HAZARD_DESCRIPTION.of(hazard ? "Loose socket next to the sink" : ""));
  }

  /** Runs with no rota line for the group, then puts the rota back. */
  private void withoutRota(String group, Runnable test) {
    List<DutyShift> saved =
        rota.findByPropertyCodeAndGroupIdOrderByIdAsc(DeskFixture.PROPERTY_A, group);
    rota.deleteAll(saved);
    try {
      test.run();
    } finally {
      rota.saveAll(
          saved.stream()
              .map(
                  s ->
                      new DutyShift(
                          s.getPropertyCode(),
                          s.getGroupId(),
                          s.getUserId(),
                          s.getDutyRole(),
                          s.getStarts(),
                          s.getEnds(),
                          s.getValidFrom(),
                          s.getValidTo()))
              .toList());
    }
  }

  private static Instant at(String localTime) {
    return setClock(LocalDateTime.of(2026, 11, 23, 0, 0).with(LocalTime.parse(localTime)));
  }

  // ---- EMG-01: every emergency kind takes the emergency path
  // -------------------------------------

  @ParameterizedTest(name = "{0}/{1} -> responder {2}")
  @CsvSource({
    "medical-emergency, '',            guard",
    "public-safety,     theft,         guard",
    "public-safety,     fight,         guard",
    "disaster,          typhoon,       guard",
    "disaster,          fire,          guard",
    "disaster,          flooding,      engineer",
    "repair,            burst-pipe,    engineer",
    "repair,            critical-leak, engineer",
    "repair,            power-outage,  engineer",
  })
  void theRespondersFirstTaskIsTheArrivalAndTheCoordinatorStartsThePlan_EMG01(
      String category, String subcategory, String responder) {
    ProcessInstance parent = submit(request("phone", "2-1201", category, subcategory));

    assertThat(parent)
        .isWaitingAt(ResidentRequestProcess.Element.EMERGENCY_RESPONSE)
        .hasNotPassed(ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    ProcessInstance emergency = emergencyOf(parent);
    assertThat(emergency).hasBusinessKey(parent.getBusinessKey());
    assertThat(emergency).isWaitingAt(ARRIVE_ON_SITE, START_EMERGENCY_PLAN, ACKNOWLEDGE_ALERT);
    List<Task> responderTasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(emergency.getId())
            .taskAssignee(responder)
            .list();
    assertThat(responderTasks)
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly(ARRIVE_ON_SITE);
    assertThat(responderTasks.get(0).getPriority()).isEqualTo(100);
    Task plan = tasks(emergency, START_EMERGENCY_PLAN).get(0);
    assertThat(plan.getAssignee()).isEqualTo("supervisor");
    // at once: due when the alert must be acknowledged
    assertThat(plan.getDueDate().toInstant()).isEqualTo(clock(parent, Rules.EMG_01, 0).getDueAt());
    // offered to the supervisors only: the responder's team queue shows his arrival first
    assertThat(engine.getTaskService().getIdentityLinksForTask(plan.getId()))
        .extracting(link -> link.getGroupId())
        .contains("supervisor")
        .doesNotContain(caseOf(parent).getTriage().handlingGroup());
  }

  @Test
  void onDutySupervisorsAndTheCentreManagerAreAlertedInTheTriageTransaction_EMG01() {
    ProcessInstance parent = submit(request("phone", "2-1201", "repair", "burst-pipe"));
    ProcessInstance emergency = emergencyOf(parent);

    assertThat(tasks(emergency, ACKNOWLEDGE_ALERT))
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("supervisor", "manager");
    assertThat(outbox.findByCaseIdAndPurpose(caseId(parent), MessagePurpose.EMERGENCY_ALERT))
        .extracting(OutboxMessage::getRecipient)
        .contains("supervisor@service-desk.example.com", "manager@service-desk.example.com");
    completeAs(
        "manager",
        "centre-manager",
        emergency,
        ACKNOWLEDGE_ALERT,
        variables(ALERT_NOTE.of("On my way")));
    assertThat(tasks(emergency, ACKNOWLEDGE_ALERT)).hasSize(1);
  }

  @Test
  void theResponderIsAlertedAtOnceWithTheAddressAndALinkToHisArrival_EMG01() {
    ProcessInstance parent = submit(request("phone", "2-1201", "repair", "burst-pipe"));
    ProcessInstance emergency = emergencyOf(parent);
    Task arrival = tasks(emergency, ARRIVE_ON_SITE).get(0);

    List<OutboxMessage> toResponder =
        outbox.findByCaseIdAndPurpose(caseId(parent), MessagePurpose.EMERGENCY_ALERT).stream()
            .filter(m -> m.getRecipient().startsWith("engineer@"))
            .toList();

    assertThat(toResponder).hasSize(1);
    ServiceCase c = caseOf(parent);
    assertThat(toResponder.get(0).getSubject()).contains(c.getCaseNumber(), "2-1201");
    assertThat(toResponder.get(0).getBody())
        .contains(c.getRequest().location(), c.getRequest().phone(), "#/?task=" + arrival.getId());
  }

  @Test
  void anUnacknowledgedAlertEscalatesToTheCentreManagerAfter3Minutes_EMG01() {
    ProcessInstance parent = submit(request("phone", "2-1201", "repair", "burst-pipe"));
    ProcessInstance emergency = emergencyOf(parent);
    completeAs(
        "supervisor",
        "supervisor",
        emergency,
        ACKNOWLEDGE_ALERT,
        variables(ALERT_NOTE.of("On my way")));

    assertThat(timer(emergency, ALERT_UNACKNOWLEDGED).getDuedate())
        .isEqualTo(Date.from(now().plus(Duration.ofMinutes(3))));
    advance(Duration.ofMinutes(3));
    fire(timer(emergency, ALERT_UNACKNOWLEDGED));

    assertThat(clock(parent, Rules.EMG_01, 0).getBreachedAt()).isEqualTo(now());
    List<Task> escalations = tasks(parent, DeadlineEscalationProcess.Element.HANDLE_ESCALATION);
    assertThat(escalations).hasSize(1);
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalations.get(0).getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("centre-manager"));
    assertThat(tasks(emergency, ACKNOWLEDGE_ALERT)).hasSize(1);
    // the follow-up names the deadline missed, in words, and when it was due
    Task escalation = escalations.get(0);
    assertThat(escalation.getName()).startsWith("处理超时：紧急警报须及时确认 · ");
    assertThat(
            (String)
                engine.getTaskService().getVariableLocal(escalation.getId(), CaseBlock.VARIABLE))
        .contains("**超时的时限：紧急警报须及时确认**")
        .contains("截止时间 ")
        .contains("已超出 ")
        .doesNotContain("EMG-01");
  }

  @Test
  void alertsAcknowledgedInTimeStopTheAcknowledgementClock_EMG01() {
    ProcessInstance emergency =
        emergencyOf(submit(request("phone", "2-1201", "repair", "burst-pipe")));
    advance(Duration.ofMinutes(2));
    completeAs("supervisor", "supervisor", emergency, ACKNOWLEDGE_ALERT, variables());
    completeAs("manager", "centre-manager", emergency, ACKNOWLEDGE_ALERT, variables());

    assertThat(clock(emergency, Rules.EMG_01, 0).metInTime()).isTrue();
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(emergency.getId())
                .activityId(ALERT_UNACKNOWLEDGED)
                .count())
        .isZero();
  }

  @Test
  void aRolledBackIntakeLeavesNoAlert_EMG01() {
    long alertsBefore =
        outbox.findAll().stream()
            .filter(m -> m.getPurpose() == MessagePurpose.EMERGENCY_ALERT)
            .count();
    long casesBefore = cases.count();

    transaction.executeWithoutResult(
        status -> {
          intake.submit(request("phone", "2-1201", "repair", "burst-pipe"), null);
          status.setRollbackOnly();
        });

    assertThat(
            outbox.findAll().stream()
                .filter(m -> m.getPurpose() == MessagePurpose.EMERGENCY_ALERT)
                .count())
        .isEqualTo(alertsBefore);
    assertThat(cases.count()).isEqualTo(casesBefore);
  }

  @Test
  void medicalEmergencyAsksOnlyTheResidentsChoiceNotTheAddressAgain_EMG03() {
    ProcessInstance emergency =
        emergencyOf(submit(request("phone", "2-1201", "medical-emergency", null)));
    startPlan(emergency);

    assertThat(emergency).isWaitingAt(RECORD_MEDICAL_DETAILS, ARRIVE_ON_SITE, ACKNOWLEDGE_ALERT);
    assertThatThrownBy(
            () ->
                completeAs(
                    "supervisor",
                    "supervisor",
                    emergency,
                    RECORD_MEDICAL_DETAILS,
                    variables(RESIDENT_CHOICE.of("taxi"))))
        .hasMessageContaining("residentChoice must be one of");
    completeAs(
        "supervisor",
        "supervisor",
        emergency,
        RECORD_MEDICAL_DETAILS,
        variables(RESIDENT_CHOICE.of("ambulance")));
    ServiceCase c = caseOf(emergency);
    assertThat(caseFiles.sheet(c.getId()))
        .anySatisfy(e -> assertThat(e.getDetails()).contains("Resident's choice: ambulance"))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .contains(c.getRequest().location(), c.getRequest().phone()));
  }

  @Test
  void calledServicesNeedWhoAndTheCallTimeIsKeptToTheSecond_EMG01() {
    Instant reported = at("14:16:00");
    ProcessInstance emergency = emergencyOf(submit(request("phone", "2-1201", "disaster", "fire")));
    advance(Duration.ofMinutes(3));

    assertThatThrownBy(
            () ->
                completeAs(
                    "supervisor",
                    "supervisor",
                    emergency,
                    START_EMERGENCY_PLAN,
                    variables(CALLED_119.of(true), SAFETY_MEASURES.of("Evacuated the floor"))))
        .hasMessageContaining("calledBy");
    startPlan(emergency, "14:17:05");

    assertThat(caseOf(emergency).getEmergencyCalledAt())
        .isEqualTo(reported.plus(Duration.ofSeconds(65)));
    assertThat(caseFiles.sheet(caseId(emergency)))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .contains(
                        "119 fire brigade called: true",
                        "Called by: Huang (guard)",
                        "Called at: 2026-11-23 14:17:05"));
  }

  // ---- EMG-04 / SVC-05: arrival deadline from the report
  // ------------------------------------------

  @ParameterizedTest(name = "reported {0} -> on site within {1} min")
  @CsvSource({
    "08:59:59, 30",
    "09:00:00, 10",
    "21:55:00, 10",
    "21:59:59, 10",
    "22:00:00, 10",
    "22:00:01, 30",
    "23:30:00, 30",
    "03:00:00, 30"
  })
  void arrivalDeadlineRunsFromTheReport10MinutesInDaytime30Otherwise_EMG04_SVC05(
      String reported, int minutes) {
    Instant reportedAt = at(reported);
    ProcessInstance emergency =
        emergencyOf(submit(request("phone", "2-1201", "repair", "burst-pipe")));

    Date due = Date.from(reportedAt.plus(Duration.ofMinutes(minutes)));
    assertThat(tasks(emergency, ARRIVE_ON_SITE).get(0).getDueDate()).isEqualTo(due);
    assertThat(timer(emergency, ARRIVAL_OVERDUE).getDuedate()).isEqualTo(due);
  }

  /** The case the rule exists for: a burst pipe or a medical emergency nobody acts on. */
  @ParameterizedTest(name = "{0} {1}, reported {2}: breach after {3} min")
  @CsvSource({
    "repair,            burst-pipe, 09:00:00, 10",
    "repair,            burst-pipe, 08:59:59, 30",
    "medical-emergency, '',         22:00:00, 10",
    "medical-emergency, '',         22:00:01, 30",
    "repair,            burst-pipe, 14:16:00, 10"
  })
  void planNeverStartedStillBreachesEscalatesAndMailsTheCentreManagerOnTime_EMG04(
      String category, String subcategory, String reported, int minutes) {
    Instant reportedAt = at(reported);
    ProcessInstance parent = submit(request("phone", "2-1201", category, subcategory));
    ProcessInstance emergency = emergencyOf(parent);

    advance(Duration.ofMinutes(minutes));
    fire(timer(emergency, ARRIVAL_OVERDUE));

    DeadlineClock arrival = clock(parent, Rules.EMG_04, 0);
    assertThat(arrival.getStartedAt()).isEqualTo(reportedAt);
    assertThat(arrival.getBreachedAt()).isEqualTo(reportedAt.plus(Duration.ofMinutes(minutes)));
    assertThat(emergency).hasNotPassed(START_EMERGENCY_PLAN);
    List<Task> escalations = tasks(parent, DeadlineEscalationProcess.Element.HANDLE_ESCALATION);
    assertThat(escalations).hasSize(1);
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalations.get(0).getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("centre-manager"));
    assertThat(outbox.findByCaseIdAndPurpose(caseId(parent), MessagePurpose.DEADLINE_BREACH))
        .extracting(OutboxMessage::getRecipient)
        .contains("manager@service-desk.example.com");
  }

  @ParameterizedTest(name = "reported {0}, plan started after {1} min")
  @CsvSource({"22:00:00, 12", "08:59:59, 31", "09:00:00, 11"})
  void planStartedLateTheArrivalIsMissedOnceAndNeverTurnsMet_EMG04(String reported, int late) {
    Instant reportedAt = at(reported);
    ProcessInstance parent = submit(request("phone", "2-1201", "repair", "burst-pipe"));
    ProcessInstance emergency = emergencyOf(parent);
    Date due = timer(emergency, ARRIVAL_OVERDUE).getDuedate();

    advance(Duration.ofMinutes(late));
    fire(timer(emergency, ARRIVAL_OVERDUE));
    startPlan(emergency);
    advance(Duration.ofSeconds(90));
    arrive(emergency, "engineer", "engineering");

    DeadlineClock arrival = clock(parent, Rules.EMG_04, 0);
    assertThat(arrival.getDueAt()).isEqualTo(due.toInstant());
    assertThat(arrival.getStartedAt()).isEqualTo(reportedAt);
    assertThat(arrival.getBreachedAt()).isNotNull();
    assertThat(arrival.metInTime()).isFalse();
    assertThat(caseOf(parent).getArrivedAt()).isEqualTo(now());
    assertThat(caseFiles.sheet(caseId(parent)))
        .anySatisfy(e -> assertThat(e.getTitle()).startsWith("Arrived on site late"));
    assertThat(tasks(parent, DeadlineEscalationProcess.Element.HANDLE_ESCALATION)).hasSize(1);
  }

  @Test
  void aLateTapIsMissedEvenBeforeTheTimerRuns_EMG04() {
    at("14:16:00");
    ProcessInstance emergency =
        emergencyOf(submit(request("phone", "2-1201", "repair", "burst-pipe")));

    advance(Duration.ofMinutes(10).plusSeconds(1));
    arrive(emergency, "engineer", "engineering");

    assertThat(clock(emergency, Rules.EMG_04, 0).metInTime()).isFalse();
    assertThat(caseOf(emergency).getArrivedAt()).isEqualTo(at("14:26:01"));
    assertThat(caseOf(emergency).getArrivalCorrectedTo()).isNull();
    // fields left empty on the form are not listed on the handling sheet
    assertThat(caseFiles.sheet(caseId(emergency)))
        .noneSatisfy(e -> assertThat(String.valueOf(e.getDetails())).contains("corrected to"));
  }

  @Test
  void oneTapStampsTheArrivalToTheSecondAndACorrectionNeedsAReasonAndStaysVisible_EMG04() {
    at("14:16:00");
    ProcessInstance emergency =
        emergencyOf(submit(request("phone", "2-1201", "repair", "burst-pipe")));
    advance(Duration.ofMinutes(9).plusSeconds(59));
    Instant tapped = now();

    assertThatThrownBy(
            () ->
                completeAs(
                    "engineer",
                    "engineering",
                    emergency,
                    ARRIVE_ON_SITE,
                    variables(ARRIVAL_CORRECTED_TO.of("14:20:05"))))
        .hasMessageContaining("correctionReason");
    completeAs(
        "engineer",
        "engineering",
        emergency,
        ARRIVE_ON_SITE,
        variables(
            ARRIVAL_CORRECTED_TO.of("14:20:05"),
            CORRECTION_REASON.of("Phone had no signal in the lift")));

    ServiceCase c = caseOf(emergency);
    assertThat(c.getArrivedAt()).isEqualTo(tapped);
    assertThat(c.getArrivalCorrectedTo()).isEqualTo(at("14:20:05"));
    assertThat(c.getArrivalCorrectionReason()).isEqualTo("Phone had no signal in the lift");
    assertThat(clock(emergency, Rules.EMG_04, 0).getMetAt()).isEqualTo(tapped);
    assertThat(clock(emergency, Rules.EMG_04, 0).metInTime()).isTrue();
    assertThat(caseFiles.sheet(c.getId()))
        .anySatisfy(
            e ->
                assertThat(e.getTitle() + " " + e.getDetails())
                    .contains("2026-11-23 14:25:59", "14:20:05", "no signal"));
  }

  // ---- the whole response, the hazard and the way back to the lifecycle
  // --------------------------

  @Test
  void responseEndsInConfirmationWithTheResponderAsHandlerAndAHazardOpensALinkedCase_EMG05() {
    ProcessInstance parent = submit(request("phone", "2-1201", "repair", "burst-pipe"));
    ProcessInstance emergency = emergencyOf(parent);
    arrive(emergency, "engineer", "engineering");
    assertThat(clock(parent, Rules.EMG_04, 0).metInTime()).isTrue();
    completeAs("engineer", "engineering", emergency, HANDLE_EMERGENCY, handled(true));
    assertThat(emergency).isWaitingAt(START_EMERGENCY_PLAN);

    startPlan(emergency);

    assertThat(emergency).isEnded().hasPassed(OPEN_HAZARD_CASE, RESPONSE_COMPLETE);
    assertThat(parent).isWaitingAt(ResidentRequestProcess.Element.CONFIRM_WITH_RESIDENT);
    ServiceCase origin = caseOf(parent);
    ServiceCase followUp =
        cases.findAll().stream()
            .filter(c -> origin.getId().equals(c.getParentCaseId()))
            .findFirst()
            .orElseThrow();
    assertThat(followUp.getRequest().category()).isEqualTo("repair");
    assertThat(followUp.getRequest().description())
        .contains(origin.getCaseNumber(), "Loose socket");
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(followUp.getCaseNumber())
                .count())
        .isOne();

    completeAs(
        "clerk",
        "front-desk",
        parent,
        ResidentRequestProcess.Element.CONFIRM_WITH_RESIDENT,
        variables(FIXED.of(false), SATISFACTION.of("unsatisfied")));
    assertThat(openTask(parent, ResidentRequestProcess.Element.HANDLE_ON_SITE).getAssignee())
        .isEqualTo("engineer");
  }

  @Test
  void unsettledDisputeRequiresThePolice_HLP04() {
    ProcessInstance emergency =
        emergencyOf(submit(request("phone", "2-1201", "public-safety", "fight")));
    startPlan(emergency);
    arrive(emergency, "guard", "security");
    Map<String, Object> dispute = handled(false);
    dispute.put(DISPUTE.name(), true);
    dispute.put(MEDIATION_OUTCOME.name(), "not-settled");

    assertThatThrownBy(() -> completeAs("guard", "security", emergency, HANDLE_EMERGENCY, dispute))
        .hasMessageContaining("调解不成的纠纷须报警");
    dispute.put(POLICE_CALLED.name(), true);
    completeAs("guard", "security", emergency, HANDLE_EMERGENCY, dispute);

    assertThat(emergency).isEnded();
    assertThat(caseFiles.sheet(caseId(emergency)))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .contains("Mediation outcome: not-settled", "Police (110) called: true"));
  }

  @Test
  void nobodyOnDutyEscalatesToTheCentreManagerAtOnceAndTheArrivalClockRuns_HLP01_EMG04() {
    withoutRota(
        "engineering",
        () -> {
          ProcessInstance emergency =
              emergencyOf(submit(request("phone", "2-1201", "repair", "burst-pipe")));

          assertThat(emergency)
              .isWaitingAt(ORGANISE_RESPONSE, START_EMERGENCY_PLAN, ACKNOWLEDGE_ALERT);
          assertThat(emergency).task(ORGANISE_RESPONSE).hasCandidateGroup("centre-manager");
          assertThat(timer(emergency, ARRIVAL_OVERDUE)).isNotNull();
          assertThatThrownBy(
                  () ->
                      completeAs(
                          "manager",
                          "centre-manager",
                          emergency,
                          ORGANISE_RESPONSE,
                          variables(RESPONDER.of("guard"))))
              .hasMessageContaining("不是处理组（engineering）的成员");
          completeAs(
              "manager",
              "centre-manager",
              emergency,
              ORGANISE_RESPONSE,
              variables(RESPONDER.of("engineer")));
          assertThat(tasks(emergency, ARRIVE_ON_SITE).get(0).getAssignee()).isEqualTo("engineer");
          assertThat(
                  outbox.findByCaseIdAndPurpose(caseId(emergency), MessagePurpose.EMERGENCY_ALERT))
              .extracting(OutboxMessage::getRecipient)
              .contains("engineer@service-desk.example.com");
        });
  }

  // ---- HLP-02 / HLP-03: after hours and patrol
  // -----------------------------------------------------

  @ParameterizedTest(name = "received {0} -> {1}")
  @CsvSource({
    "07:59, Task_ControlCentreReview",
    "08:00, Task_FrontDeskReview",
    "19:59, Task_FrontDeskReview",
    "20:00, Task_ControlCentreReview",
    "23:30, Task_ControlCentreReview",
  })
  void requestsOutsideFrontDeskHoursGoToTheControlCentre_HLP02(String received, String firstTask) {
    setClock(LocalDateTime.of(2026, 11, 23, 0, 0).with(LocalTime.parse(received)));

    ProcessInstance pi = submit(smallRepairByApp());

    assertThat(pi).isWaitingAt(firstTask);
    if (firstTask.equals(ResidentRequestProcess.Element.CONTROL_CENTRE_REVIEW)) {
      assertThat(pi).task().hasCandidateGroup("security-control");
    }
  }

  @Test
  void controlCentreForwardsToTheOnDutySupervisorOrLeavesItForTheDesk_HLP02() {
    setClock(LocalDateTime.of(2026, 11, 23, 23, 0));
    ProcessInstance forwarded = submit(smallRepairByApp());
    ProcessInstance leftForDesk = submit(smallRepairByApp());

    completeAs(
        "control",
        "security-control",
        forwarded,
        ResidentRequestProcess.Element.CONTROL_CENTRE_REVIEW,
        variables(CONTROL_CENTRE_OUTCOME.of("dispatch")));
    completeAs(
        "control",
        "security-control",
        leftForDesk,
        ResidentRequestProcess.Element.CONTROL_CENTRE_REVIEW,
        variables(CONTROL_CENTRE_OUTCOME.of("front-desk")));

    assertThat(forwarded).isWaitingAt(ResidentRequestProcess.Element.ASSIGN_HANDLER);
    assertThat(openTask(forwarded, ResidentRequestProcess.Element.ASSIGN_HANDLER).getAssignee())
        .isEqualTo("supervisor");
    assertThat(leftForDesk).isWaitingAt(ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
  }

  @Test
  void requestRaisedOnPatrolGoesStraightToTheDepartmentsOnDutySupervisor_HLP03() {
    ProcessInstance pi = submit(request("patrol", "2-1201", "repair", "small"));

    assertThat(pi)
        .isWaitingAt(ResidentRequestProcess.Element.ASSIGN_HANDLER)
        .hasNotPassed(ResidentRequestProcess.Element.FRONT_DESK_REVIEW);
    assertThat(openTask(pi, ResidentRequestProcess.Element.ASSIGN_HANDLER).getAssignee())
        .isEqualTo("supervisor");
  }

  @Test
  void patrolRequestWithNobodyOnDutyIsOfferedToTheGroupAndSupervisors_HLP03() {
    withoutRota(
        "engineering",
        () -> {
          ProcessInstance pi = submit(request("patrol", "2-1201", "repair", "small"));

          assertThat(openTask(pi, ResidentRequestProcess.Element.ASSIGN_HANDLER).getAssignee())
              .isNull();
          assertThat(pi).task().hasCandidateGroup("engineering").hasCandidateGroup("supervisor");
        });
  }

  @Test
  void hazardFoundOnAnOrdinaryVisitOpensALinkedRepairCase_EMG05() {
    ProcessInstance pi = submit(smallRepairByApp());
    completeAs(
        "clerk",
        "front-desk",
        pi,
        ResidentRequestProcess.Element.FRONT_DESK_REVIEW,
        variables(DESK_OUTCOME.of("dispatch")));
    completeAs(
        "supervisor",
        "supervisor",
        pi,
        ResidentRequestProcess.Element.ASSIGN_HANDLER,
        variables(HANDLER.of("engineer")));
    completeAs(
        "engineer",
        "engineering",
        pi,
        ResidentRequestProcess.Element.HANDLE_ON_SITE,
        variables(
            ResidentRequestProcess.Field.ARRIVED_AT.of(localNow()),
            ResidentRequestProcess.Field.HANDLING_NOTES.of("Gas hose cracked behind the stove"),
            ResidentRequestProcess.Field.RESULT.of("Tap fixed"),
            ResidentRequestProcess.Field.HAZARD_FOUND.of(true)));

    Long originId = caseId(pi);
    assertThat(cases.findAll())
        .anySatisfy(
            c -> {
              assertThat(c.getParentCaseId()).isEqualTo(originId);
              assertThat(c.getRequest().description()).contains("Gas hose cracked");
            });
  }
}
