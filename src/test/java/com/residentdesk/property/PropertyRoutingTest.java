package com.residentdesk.property;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Element.ASSIGN_HANDLER;
import static com.residentdesk.intake.ResidentRequestProcess.Element.CONTROL_CENTRE_REVIEW;
import static com.residentdesk.intake.ResidentRequestProcess.Element.FRONT_DESK_REVIEW;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DISPATCHER;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static com.residentdesk.support.DeskFixture.PROPERTY_A;
import static com.residentdesk.support.DeskFixture.PROPERTY_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.emergency.EmergencyResponseProcess;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.intake.NewCaseRequest;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadlines and routing per property: every property decides by its own front-desk hours and time
 * zone, and its requests go to its own control centre, front desk and on-duty staff. Property A
 * keeps the company's hours (08:00-20:00), B has 08:00-22:00, and C (added here) is far west, in
 * Dubai's time zone (four hours behind Shanghai).
 */
class PropertyRoutingTest extends ProcessTestSupport {

  private static final String PROPERTY_C = "PC";

  @Autowired private PropertyRegister register;
  @Autowired private PropertyRepository properties;

  @BeforeEach
  void aPropertyInAnotherTimeZone() {
    if (!properties.existsById(PROPERTY_C)) {
      register.add(
          PROPERTY_C, new PropertyRegister.Details("迪拜花园", null, null, "Asia/Dubai", null, null));
    }
  }

  @Test
  void theSameRequestAt21RoutesToEachPropertysControlCentreByItsOwnHours_HLP02() {
    setClock(LocalDateTime.of(2026, 11, 23, 21, 0));

    ProcessInstance atA = submit(smallRepairAt(PROPERTY_A));
    ProcessInstance atB = submit(smallRepairAt(PROPERTY_B));

    // A's front desk closed at 20:00: its own control centre takes the request
    assertThat(atA).isWaitingAt(CONTROL_CENTRE_REVIEW);
    Task controlOfA = openTask(atA, CONTROL_CENTRE_REVIEW);
    assertThat(controlOfA.getTenantId()).isEqualTo(PROPERTY_A);
    assertThat(atA).variables().containsEntry(DISPATCHER.name(), "supervisor");
    // B's front desk is open until 22:00
    assertThat(atB).isWaitingAt(FRONT_DESK_REVIEW);
    assertThat(openTask(atB, FRONT_DESK_REVIEW).getTenantId()).isEqualTo(PROPERTY_B);

    // at 22:30 B's control centre takes it, with B's own on-duty supervisor as dispatcher
    setClock(LocalDateTime.of(2026, 11, 23, 22, 30));
    ProcessInstance lateAtB = submit(smallRepairAt(PROPERTY_B));
    assertThat(lateAtB).isWaitingAt(CONTROL_CENTRE_REVIEW);
    Task controlOfB = openTask(lateAtB, CONTROL_CENTRE_REVIEW);
    assertThat(lateAtB).variables().containsEntry(DISPATCHER.name(), "supervisorb");

    // each control centre sees its own property's request only
    assertThat(controlCentreQueueOf("control"))
        .contains(controlOfA.getId())
        .doesNotContain(controlOfB.getId());
    assertThat(controlCentreQueueOf("controlb"))
        .contains(controlOfB.getId())
        .doesNotContain(controlOfA.getId());
  }

  @Test
  void theArrivalDeadlineIsDecidedByTheTimeOfDayAtTheProperty_EMG04() {
    // 09:30 in Shanghai is daytime at A (10 minutes) and 05:30, night, in Dubai (30 minutes)
    Instant reported = setClock(LocalDateTime.of(2026, 11, 23, 9, 30));

    ProcessInstance atA = submit(repairAt(PROPERTY_A, "burst-pipe"));
    ProcessInstance atC = submit(repairAt(PROPERTY_C, "burst-pipe"));

    // the due date the arrival task and its timer read, from the one deadline bean
    assertThat(arrivalDue(atA)).isEqualTo(reported.plus(Duration.ofMinutes(10)));
    assertThat(arrivalDue(atC)).isEqualTo(reported.plus(Duration.ofMinutes(30)));
    assertThat(emergencyOf(atC).getTenantId()).as("the called process").isEqualTo(PROPERTY_C);
  }

  @Test
  void caseNumbersCountTheDayAtThePropertyAndRoutingUsesItsClock_INT02_HLP02() {
    // 01:00 on the 24th in Shanghai is 21:00 on the 23rd in Dubai
    setClock(LocalDateTime.of(2026, 11, 24, 1, 0));

    ProcessInstance atA = submit(smallRepairAt(PROPERTY_A));
    ProcessInstance atC = submit(smallRepairAt(PROPERTY_C));

    assertThat(caseOf(atA).getCaseNumber()).startsWith("RS-PA-20261124-");
    assertThat(caseOf(atC).getCaseNumber()).startsWith("RS-PC-20261123-");
    assertThat(atC).isWaitingAt(CONTROL_CENTRE_REVIEW);
  }

  @Test
  void aMissedDeadlineAtBIsMailedToBsSupervisorsOnlyAndEscalatedInBsTenant_INT04() {
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    ProcessInstance atB = submit(smallRepairAt(PROPERTY_B));

    advance(Duration.ofHours(1));
    fire(timer(atB, ResidentRequestProcess.Element.ACKNOWLEDGEMENT_DUE));

    assertThat(outbox.findByCaseIdAndPurpose(caseId(atB), MessagePurpose.DEADLINE_BREACH))
        .extracting(OutboxMessage::getRecipient)
        .contains("supervisorb@service-desk.example.com")
        .doesNotContain("supervisor@service-desk.example.com");
    assertThat(openTask(atB, DeadlineEscalationProcess.Element.HANDLE_ESCALATION).getTenantId())
        .isEqualTo(PROPERTY_B);
  }

  @Test
  void aHandlerMustWorkForTheCasesProperty_HLP01() {
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    ProcessInstance pi = submit(smallRepairAt(PROPERTY_A));
    completeAs(
        "clerk", "front-desk", pi, FRONT_DESK_REVIEW, variables(DESK_OUTCOME.of("dispatch")));

    assertThatThrownBy(
            () ->
                completeAs(
                    "supervisor",
                    "supervisor",
                    pi,
                    ASSIGN_HANDLER,
                    variables(HANDLER.of("engineerb"))))
        .hasMessageContaining("不在本项目（PA）工作");
    assertThat(pi).isWaitingAt(ASSIGN_HANDLER);
  }

  @Test
  void aClerkOfBothNamesThePropertyOnTheStartForm() {
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    IdentityService identity = engine.getIdentityService();
    ProcessInstance pi;
    DeskFixture.signIn(identity, DeskFixture.CLERK_OF_BOTH, List.of(StaffGroups.FRONT_DESK));
    try {
      assertThatThrownBy(
              () ->
                  engine
                      .getRuntimeService()
                      .startProcessInstanceByKey(ResidentRequestProcess.KEY, startForm(null)))
          .hasMessageContaining("PA")
          .hasMessageContaining("PB");

      pi =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey(ResidentRequestProcess.KEY, startForm(PROPERTY_B));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(pi.getTenantId()).isEqualTo(PROPERTY_B);
    assertThat(caseOf(pi).getPropertyCode()).isEqualTo(PROPERTY_B);
    assertThat(caseOf(pi).getCaseNumber()).startsWith("RS-PB-");
  }

  @Test
  void aClerkOfOnePropertyNeedNotNameIt() {
    setClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    IdentityService identity = engine.getIdentityService();
    DeskFixture.signIn(identity, "clerkb", List.of(StaffGroups.FRONT_DESK));
    try {
      ProcessInstance pi =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey(ResidentRequestProcess.KEY, startForm(null));
      assertThat(pi.getTenantId()).isEqualTo(PROPERTY_B);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Instant arrivalDue(ProcessInstance instance) {
    return transaction.execute(status -> deadlines.due(caseId(instance), Rules.EMG_04)).toInstant();
  }

  private List<String> controlCentreQueueOf(String user) {
    IdentityService identity = engine.getIdentityService();
    DeskFixture.signIn(identity, user, List.of(StaffGroups.SECURITY_CONTROL));
    try {
      return engine
          .getTaskService()
          .createTaskQuery()
          .taskCandidateGroup(StaffGroups.SECURITY_CONTROL)
          .list()
          .stream()
          .map(Task::getId)
          .toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  private java.util.Map<String, Object> startForm(String property) {
    var form =
        variables(
            ResidentRequestProcess.Field.CHANNEL.of("phone"),
            ResidentRequestProcess.Field.UNIT.of(DeskFixture.UNIT_WITH_EMAIL),
            ResidentRequestProcess.Field.RESIDENT_NAME.of("Test Resident"),
            ResidentRequestProcess.Field.PHONE.of("13900000000"),
            ResidentRequestProcess.Field.CATEGORY.of("repair"),
            ResidentRequestProcess.Field.SUBCATEGORY.of("small"),
            ResidentRequestProcess.Field.DESCRIPTION.of("Tap dripping"),
            ResidentRequestProcess.Field.LOCATION.of("Kitchen"));
    if (property != null) {
      form.putValue(CaseVariables.PROPERTY.name(), property);
    }
    return form;
  }

  private static NewCaseRequest smallRepairAt(String property) {
    return repairAt(property, "small");
  }

  private ProcessInstance emergencyOf(ProcessInstance parent) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId())
        .processDefinitionKey(EmergencyResponseProcess.KEY)
        .singleResult();
  }
}
