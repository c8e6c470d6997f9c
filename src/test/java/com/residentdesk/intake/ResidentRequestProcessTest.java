package com.residentdesk.intake;

import static com.residentdesk.casefile.ProcessVariable.names;
import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.intake.ResidentRequestProcess.Element.*;
import static com.residentdesk.intake.ResidentRequestProcess.Field.ARRIVED_AT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CALLBACK_METHOD;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CALLBACK_REASON;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CATEGORY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CHANNEL;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CONFIRMATION_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DESCRIPTION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DESK_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DISPATCH_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.FEEDBACK_METHOD;
import static com.residentdesk.intake.ResidentRequestProcess.Field.FOLLOW_UP_NOTE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.HANDLING_NOTES;
import static com.residentdesk.intake.ResidentRequestProcess.Field.HAZARD_FOUND;
import static com.residentdesk.intake.ResidentRequestProcess.Field.LOCATION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.MANAGER_DECISION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.PHONE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.PROPERTY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.REFERRAL_CONTACT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.REFERRED_TO;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESIDENT_NAME;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESIDENT_TOLD;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESULT;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SATISFACTION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SUBCATEGORY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.SUPERVISOR_REPLY;
import static com.residentdesk.intake.ResidentRequestProcess.Field.UNIT;
import static com.residentdesk.intake.ResidentRequestProcess.Var.*;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CALLBACK_SATISFIED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.DESK_OUTCOME;
import static com.residentdesk.intake.ResidentRequestProcess.Var.FIXED;
import static com.residentdesk.intake.ResidentRequestProcess.Var.HANDLER;
import static com.residentdesk.intake.ResidentRequestProcess.Var.SUPERVISOR_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Every path of resident-request, walked as the demo users would walk it in Tasklist. */
public class ResidentRequestProcessTest extends ProcessTestSupport {

  // ---- steps, as the staff complete them ------------------------------------------------------

  void dispatchFromDesk(ProcessInstance pi) {
    completeAs(
        "clerk",
        "front-desk",
        pi,
        FRONT_DESK_REVIEW,
        variables(DESK_OUTCOME.of("dispatch"), DESK_NOTE.of("Needs a plumber")));
  }

  void assignEngineer(ProcessInstance pi) {
    completeAs(
        "supervisor",
        "supervisor",
        pi,
        ASSIGN_HANDLER,
        variables(HANDLER.of("engineer"), DISPATCH_NOTE.of("")));
  }

  void handle(ProcessInstance pi) {
    completeAs(
        "engineer",
        "engineering",
        pi,
        HANDLE_ON_SITE,
        variables(
            ARRIVED_AT.of(localNow()),
            HANDLING_NOTES.of("Replaced the washer"),
            RESULT.of("Tap no longer drips"),
            HAZARD_FOUND.of(false)));
  }

  void confirm(ProcessInstance pi, boolean fixed, String satisfaction) {
    completeAs(
        "clerk",
        "front-desk",
        pi,
        CONFIRM_WITH_RESIDENT,
        variables(FIXED.of(fixed), SATISFACTION.of(satisfaction), CONFIRMATION_NOTE.of("")));
  }

  void sendFeedback(ProcessInstance pi, String method) {
    completeAs(
        "clerk", "front-desk", pi, SEND_WRITTEN_FEEDBACK, variables(FEEDBACK_METHOD.of(method)));
  }

  void callBack(ProcessInstance pi, boolean satisfied, String reason) {
    completeAs(
        "clerk",
        "front-desk",
        pi,
        CALLBACK,
        variables(
            CALLBACK_METHOD.of("phone"),
            CALLBACK_SATISFIED.of(satisfied),
            CALLBACK_REASON.of(reason)));
  }

  /** Takes a fresh small repair through dispatch, handling and a satisfied confirmation. */
  ProcessInstance repairConfirmedSatisfied() {
    ProcessInstance pi = submit(smallRepairByApp());
    dispatchFromDesk(pi);
    assignEngineer(pi);
    handle(pi);
    confirm(pi, true, "satisfied");
    return pi;
  }

  // ---- paths -----------------------------------------------------------------------------------

  @Test
  void repairRunsFromIntakeThroughTrialRunCallbackToArchive_INT02_HLP05_CB02() {
    ProcessInstance pi = submit(smallRepairByApp());
    assertThat(pi).isWaitingAt(FRONT_DESK_REVIEW).hasBusinessKey(caseOf(pi).getCaseNumber());
    assertThat(caseOf(pi).getCaseNumber()).matches("RS-PA-20261123-\\d{4}");
    assertThat(pi)
        .variables()
        .containsOnlyKeys(
            names(
                CASE_ID,
                PRIORITY,
                TASK_PRIORITY,
                HANDLING_GROUP,
                EMERGENCY,
                TRIAL_RUN,
                INTAKE_ROUTE,
                DISPATCHER));

    dispatchFromDesk(pi);
    assignEngineer(pi);
    Task handling = openTask(pi, HANDLE_ON_SITE);
    assertThat(handling.getAssignee()).isEqualTo("engineer");
    assertThat(handling.getDescription()).contains(caseOf(pi).getCaseNumber(), "1-0502");
    handle(pi);
    confirm(pi, true, "satisfied");
    sendFeedback(pi, "email");
    assertThat(pi).isWaitingAt(TRIAL_RUN_OVER);

    fire(timer(pi, TRIAL_RUN_OVER));
    callBack(pi, true, null);

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            REGISTER_CASE,
            ACKNOWLEDGE_RECEIPT,
            TRIAGE,
            RECORD_TRIAGE,
            FRONT_DESK_REVIEW,
            ASSIGN_HANDLER,
            HANDLE_ON_SITE,
            CONFIRM_WITH_RESIDENT,
            SEND_WRITTEN_FEEDBACK,
            TRIAL_RUN_OVER,
            CALLBACK,
            ARCHIVE_CASE,
            CASE_ARCHIVED);
    ServiceCase archived = caseOf(pi);
    assertThat(archived.getStatus()).isEqualTo(CaseStatus.ARCHIVED);
    assertThat(archived.getHandler()).isEqualTo("engineer");
    assertThat(archived.getSatisfaction()).isEqualTo("satisfied");
    assertThat(archived.getCallbackSatisfied()).isTrue();
    assertThat(archived.getArchivedAt()).isNotNull();
    assertThat(outbox.findByCaseIdOrderByIdAsc(archived.getId()))
        .extracting(OutboxMessage::getPurpose)
        .containsExactly(
            MessagePurpose.PROGRESS_LINK, // HLP-08: the SMS with the link to the residents' page
            MessagePurpose.ACKNOWLEDGEMENT,
            MessagePurpose.WRITTEN_FEEDBACK);
    assertThat(clocks(pi)).allSatisfy(clock -> assertThat(clock.getBreachedAt()).isNull());
  }

  @Test
  void handlingSheetRecordsWhoDidWhatAndFormDataLeavesTheProcess_HLP05() {
    ProcessInstance pi = submit(smallRepairByApp());
    dispatchFromDesk(pi);
    assignEngineer(pi);
    handle(pi);

    List<CaseEvent> sheet = caseFiles.sheet(caseId(pi));
    CaseEvent handled =
        sheet.stream().filter(e -> e.getStep().equals(HANDLE_ON_SITE)).findFirst().orElseThrow();
    assertThat(handled.getActor()).isEqualTo("engineer");
    assertThat(handled.getOccurredAt()).isEqualTo(now());
    assertThat(handled.getDetails())
        .contains(
            "Arrived on site: " + localNow(),
            "Handling: Replaced the washer",
            "Result: Tap no longer drips");
    assertThat(sheet).extracting(CaseEvent::getActor).contains("clerk", "supervisor", "engineer");
    assertThat(pi)
        .variables()
        .doesNotContainKeys(names(HANDLING_NOTES, RESULT, ARRIVED_AT, DESK_NOTE, DISPATCH_NOTE));
  }

  @Test
  void frontDeskClosesAtDeskAndSkipsCallback_CAT02_CB01() {
    ProcessInstance pi = submit(request("walk-in", "2-1201", "everyday-help", null));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        FRONT_DESK_REVIEW,
        variables(DESK_OUTCOME.of("resolved"), DESK_NOTE.of("Opening hours given")));

    assertThat(pi).isEnded().hasPassed(ARCHIVE_CASE).hasNotPassed(CALLBACK, ASSIGN_HANDLER);
    assertThat(caseOf(pi).isClosedAtDesk()).isTrue();
    assertThat(caseOf(pi).isAcknowledgedInPerson()).isTrue();
  }

  @Test
  void whatTheCentreCannotDoIsReferredToANamedOutsideBodyRecordedAndTheResidentTold_CAT03() {
    ProcessInstance pi = submit(request("app", DeskFixture.UNIT_WITH_EMAIL, "everyday-help", null));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                completeAs(
                    "clerk",
                    "front-desk",
                    pi,
                    FRONT_DESK_REVIEW,
                    variables(DESK_OUTCOME.of("refer"), REFERRED_TO.of(" "))))
        .hasMessageContaining("转介给");
    completeAs(
        "clerk",
        "front-desk",
        pi,
        FRONT_DESK_REVIEW,
        variables(
            DESK_OUTCOME.of("refer"),
            REFERRED_TO.of("自来水公司"),
            REFERRAL_CONTACT.of("客服 96116，受理号 A-2231")));

    assertThat(pi).isEnded().hasPassed(ARCHIVE_CASE).hasNotPassed(ASSIGN_HANDLER, CALLBACK);
    assertThat(caseFiles.sheet(caseId(pi)))
        .extracting(CaseEvent::getDetails)
        .anySatisfy(d -> assertThat(d).contains("自来水公司", "A-2231"));
    assertThat(
            outbox.findByCaseIdAndPurpose(
                caseId(pi), com.residentdesk.notification.MessagePurpose.PROGRESS_NOTICE))
        .isNotEmpty()
        .allSatisfy(notice -> assertThat(notice.getBody()).contains("已代您转请 自来水公司"));
    assertThat(pi).variables().doesNotContainKeys(names(REFERRED_TO, REFERRAL_CONTACT));
  }

  @Test
  void supervisorAnswersAndTheResidentIsCalledBack_CAT02_CB01() {
    ProcessInstance pi = submit(request("phone", "2-1201", "everyday-help", null));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        FRONT_DESK_REVIEW,
        variables(DESK_OUTCOME.of("consult-supervisor")));
    assertThat(pi).isWaitingAt(CONSULT_SUPERVISOR);
    completeAs(
        "supervisor",
        "supervisor",
        pi,
        CONSULT_SUPERVISOR,
        variables(
            SUPERVISOR_OUTCOME.of("resolved"),
            SUPERVISOR_REPLY.of("A guard will bring the parcel up")));

    assertThat(pi).isWaitingAt(CALLBACK);
    callBack(pi, true, null);
    assertThat(pi)
        .isEnded()
        .hasPassed(CONSULT_SUPERVISOR, CALLBACK, ARCHIVE_CASE)
        .hasNotPassed(ASSIGN_HANDLER);
    assertThat(clock(pi, Rules.CAT_02, 0).getMetAt()).isNotNull();
  }

  @Test
  void supervisorHasTheCaseDispatched_CAT02_HLP01() {
    ProcessInstance pi = submit(request("phone", "2-1201", "everyday-help", null));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        FRONT_DESK_REVIEW,
        variables(DESK_OUTCOME.of("consult-supervisor")));
    completeAs(
        "supervisor",
        "supervisor",
        pi,
        CONSULT_SUPERVISOR,
        variables(SUPERVISOR_OUTCOME.of("dispatch"), SUPERVISOR_REPLY.of("Security will come")));

    assertThat(pi).isWaitingAt(ASSIGN_HANDLER);
    assertThat(pi).task().hasCandidateGroup("security").hasCandidateGroup("supervisor");
  }

  @Test
  void emergencyIsFlaggedAndLeavesForTheEmergencyPath_CAT04_EMG01() {
    ProcessInstance pi = submit(request("phone", "2-1201", "repair", "burst-pipe"));

    assertThat(pi).isWaitingAt(EMERGENCY_RESPONSE).hasNotPassed(FRONT_DESK_REVIEW);
    assertThat(pi)
        .variables()
        .containsEntry(EMERGENCY.name(), true)
        .containsEntry(INTAKE_ROUTE.name(), "emergency");
    assertThat(caseOf(pi).getTriage().emergency()).isTrue();
    assertThat(caseOf(pi).getTriage().priority()).isEqualTo("emergency");
  }

  @Test
  void theClerkDispatchesToAPersonOfTheHandlingGroupPickedFromTheList_HLP01() {
    ProcessInstance pi = submit(smallRepairByApp());
    // the list the form offers is read when it opens (HandlerChoicesApiTest)
    // someone outside the handling group is refused, naming the field
    assertThatThrownBy(
            () ->
                completeAs(
                    "clerk",
                    "front-desk",
                    pi,
                    FRONT_DESK_REVIEW,
                    variables(DESK_OUTCOME.of("dispatch"), DISPATCHER.of("guard"))))
        .hasMessageContaining("不是处理组");
    assertThat(pi).isWaitingAt(FRONT_DESK_REVIEW);

    completeAs(
        "clerk",
        "front-desk",
        pi,
        FRONT_DESK_REVIEW,
        variables(DESK_OUTCOME.of("dispatch"), DISPATCHER.of("engineer")));

    // the person picked is given the dispatch; the supervisors may still take it over
    Task assign = openTask(pi, ASSIGN_HANDLER);
    assertThat(assign.getAssignee()).isEqualTo("engineer");
    assertThat(engine.getTaskService().getIdentityLinksForTask(assign.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("supervisor"));
    completeAs(
        "engineer",
        "engineering",
        pi,
        ASSIGN_HANDLER,
        variables(HANDLER.of("engineer"), DISPATCH_NOTE.of("")));
    assertThat(openTask(pi, HANDLE_ON_SITE).getAssignee()).isEqualTo("engineer");
  }

  @Test
  void notFixedGoesBackToTheHandlerAsRework_HLP06_SVC02() {
    ProcessInstance pi = submit(smallRepairByApp());
    dispatchFromDesk(pi);
    assignEngineer(pi);
    handle(pi);
    advance(Duration.ofHours(2));
    confirm(pi, false, "unsatisfied");

    assertThat(pi).isWaitingAt(HANDLE_ON_SITE);
    assertThat(openTask(pi, HANDLE_ON_SITE).getAssignee()).isEqualTo("engineer");
    assertThat(caseOf(pi).getReworkCount()).isEqualTo(1);
    // the rework gets its own SVC-03 clock, starting now
    assertThat(clock(pi, Rules.SVC_03, 1).getStartedAt()).isEqualTo(now());
    assertThat(openTask(pi, HANDLE_ON_SITE).getDueDate())
        .isEqualTo(Date.from(now().plus(Duration.ofHours(24))));

    handle(pi);
    confirm(pi, true, "basically-satisfied");
    assertThat(pi).isWaitingAt(SEND_WRITTEN_FEEDBACK).hasPassed(RECORD_REWORK);
  }

  @Test
  void unsatisfiedResidentIsCalledBackAtOnce_CB02() {
    ProcessInstance pi = submit(smallRepairByApp());
    dispatchFromDesk(pi);
    assignEngineer(pi);
    handle(pi);
    confirm(pi, true, "unsatisfied");
    sendFeedback(pi, "letter");

    assertThat(pi).isWaitingAt(CALLBACK).hasNotPassed(TRIAL_RUN_OVER);
  }

  @Test
  void helpRequestWithoutTrialRunIsCalledBackAtOnce_CB01() {
    ProcessInstance pi = submit(request("app", "1-0502", "everyday-help", null));
    dispatchFromDesk(pi);
    completeAs("supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("guard")));
    completeAs(
        "guard",
        "security",
        pi,
        HANDLE_ON_SITE,
        variables(ARRIVED_AT.of(localNow()), HANDLING_NOTES.of("Helped"), RESULT.of("Done")));
    confirm(pi, true, "very-satisfied");
    sendFeedback(pi, "in-person");

    assertThat(pi).isWaitingAt(CALLBACK).hasNotPassed(TRIAL_RUN_OVER);
  }

  @Test
  void trialRunCallbackIsDueAfterTheConfiguredPeriod_CB02() {
    ProcessInstance pi = repairConfirmedSatisfied();
    sendFeedback(pi, "email");

    Instant expected = now().atZone(SHANGHAI).plusDays(3).toInstant();
    assertThat(timer(pi, TRIAL_RUN_OVER).getDuedate()).isEqualTo(Date.from(expected));
  }

  @Test
  void unsatisfiedCallbacksGetFollowUpsThenTheCentreManager_CB04() {
    ProcessInstance pi = repairConfirmedSatisfied();
    sendFeedback(pi, "email");
    fire(timer(pi, TRIAL_RUN_OVER));

    for (int round = 1; round <= 2; round++) {
      callBack(pi, false, "Tap drips again at night");
      assertThat(pi).isWaitingAt(FOLLOW_UP);
      assertThat(pi).task().hasCandidateGroup("engineering");
      completeAs(
          "engineer", "engineering", pi, FOLLOW_UP, variables(FOLLOW_UP_NOTE.of("Checked again")));
    }
    callBack(pi, false, "Still unhappy");

    assertThat(pi).isWaitingAt(MANAGER_REVIEW);
    assertThat(pi).task().hasCandidateGroup("centre-manager");
    completeAs(
        "manager",
        "centre-manager",
        pi,
        MANAGER_REVIEW,
        variables(
            MANAGER_OUTCOME.of("followUp"), MANAGER_DECISION.of("Replace the tap free of charge")));
    assertThat(pi).isWaitingAt(FOLLOW_UP);
    completeAs(
        "engineer", "engineering", pi, FOLLOW_UP, variables(FOLLOW_UP_NOTE.of("New tap fitted")));
    callBack(pi, true, null);

    assertThat(pi).isEnded().hasPassed(ARCHIVE_CASE);
    assertThat(caseOf(pi).getFollowUpCount()).isEqualTo(3);
  }

  @Test
  void managerClosesUnsatisfiedOnlyWithAReasonAndTheResidentTold_CB04() {
    ProcessInstance pi = repairConfirmedSatisfied();
    sendFeedback(pi, "email");
    fire(timer(pi, TRIAL_RUN_OVER));
    for (int round = 1; round <= 2; round++) {
      callBack(pi, false, "Wants a new kitchen");
      completeAs(
          "engineer", "engineering", pi, FOLLOW_UP, variables(FOLLOW_UP_NOTE.of("Explained")));
    }
    callBack(pi, false, "Still wants a new kitchen");

    assertThatThrownBy(
            () ->
                completeAs(
                    "manager",
                    "centre-manager",
                    pi,
                    MANAGER_REVIEW,
                    variables(
                        MANAGER_OUTCOME.of("close"),
                        MANAGER_DECISION.of("The kitchen belongs to the owner, not the estate"))))
        .hasMessageContaining("resident was told");
    assertThatThrownBy(
            () ->
                completeAs(
                    "manager",
                    "centre-manager",
                    pi,
                    MANAGER_REVIEW,
                    variables(MANAGER_OUTCOME.of("close"), RESIDENT_TOLD.of("Phoned 11-24"))))
        .hasMessageContaining("decision and reason");
    assertThat(pi).isWaitingAt(MANAGER_REVIEW);

    completeAs(
        "manager",
        "centre-manager",
        pi,
        MANAGER_REVIEW,
        variables(
            MANAGER_OUTCOME.of("close"),
            MANAGER_DECISION.of("The kitchen belongs to the owner, not the estate"),
            RESIDENT_TOLD.of("Phoned the resident 2026-11-24 15:00")));

    assertThat(pi).isEnded().hasPassed(ARCHIVE_CASE);
    assertThat(caseFiles.sheet(caseId(pi)))
        .extracting(CaseEvent::getDetails)
        .anySatisfy(d -> assertThat(d).contains("owner, not the estate", "Phoned the resident"));
  }

  @Test
  void clerkStartsFromTasklistAndTheFormBecomesACase_INT02() {
    Map<String, Object> form =
        variables(
            CHANNEL.of("walk-in"),
            UNIT.of("3-0808"),
            RESIDENT_NAME.of("Emily Carter"),
            PHONE.of("13800000808"),
            CATEGORY.of("repair"),
            SUBCATEGORY.of("big"),
            DESCRIPTION.of("Balcony door will not close"),
            LOCATION.of("Balcony"));
    DeskFixture.signIn(engine.getIdentityService(), "clerk", List.of("front-desk"));
    ProcessInstance pi;
    try {
      pi =
          engine
              .getFormService()
              .submitStartForm(
                  engine
                      .getRepositoryService()
                      .createProcessDefinitionQuery()
                      .processDefinitionKey(ResidentRequestProcess.KEY)
                      .latestVersion()
                      .singleResult()
                      .getId(),
                  form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    ServiceCase registered = caseOf(pi);
    assertThat(pi).isWaitingAt(FRONT_DESK_REVIEW).hasBusinessKey(registered.getCaseNumber());
    assertThat(pi).variables().doesNotContainKeys(names(RESIDENT_NAME, PHONE, DESCRIPTION, UNIT));
    // the engine's history keeps no copy of the resident's data either (INT-06)
    var history = engine.getHistoryService();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableNameIn(names(RESIDENT_NAME, PHONE, DESCRIPTION))
                .count())
        .isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneSatisfy(detail -> assertThat(detail.toString()).contains("13800000808"));
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName(CASE_ID.name())
                .count())
        .isOne();
    assertThat(registered.getRegisteredBy()).isEqualTo("clerk");
    assertThat(registered.getRequest().language()).isEqualTo("en");
    assertThat(registered.getRequest().email()).isEqualTo("emily.carter@example.com");
    assertThat(registered.getTriage().resolveWithin()).isEqualTo("P3D");
  }

  @Test
  void invalidStartFormIsRejectedAndNothingIsStored_INT02() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    Map<String, Object> form =
        variables(
            CHANNEL.of("pigeon"),
            UNIT.of("3-0808"),
            CATEGORY.of("repair"),
            PROPERTY.of(DeskFixture.PROPERTY_A));

    assertThatThrownBy(
            () ->
                engine
                    .getRuntimeService()
                    .startProcessInstanceByKey(ResidentRequestProcess.KEY, form))
        .hasMessageContaining("来源渠道：请从列表中选择")
        .hasMessageContaining("联系电话：必须填写")
        .hasMessageNotContaining("3-0808");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  // ---- completions the process rejects --------------------------------------------------------

  @Test
  void handlerMustBelongToTheHandlingGroup_HLP01() {
    ProcessInstance pi = submit(smallRepairByApp());
    dispatchFromDesk(pi);

    assertThatThrownBy(
            () ->
                completeAs(
                    "supervisor", "supervisor", pi, ASSIGN_HANDLER, variables(HANDLER.of("guard"))))
        .hasMessageContaining("不是处理组（engineering）的成员");
    assertThat(pi).isWaitingAt(ASSIGN_HANDLER);
  }

  @Test
  void theCallerIsCheckedAgainstTheHouseholdRegisterAndNeverRefused_INT07() {
    ProcessInstance registered =
        submit(
            new NewCaseRequest(
                "phone",
                DeskFixture.UNIT_WITHOUT_EMAIL,
                "张伟",
                "138-0000-1201",
                null,
                null,
                "repair",
                "small",
                "Tap drips",
                "Kitchen",
                DeskFixture.PROPERTY_A));
    ProcessInstance otherPhone =
        submit(
            new NewCaseRequest(
                "phone",
                DeskFixture.UNIT_WITHOUT_EMAIL,
                "张伟",
                "13700000000",
                null,
                null,
                "repair",
                "small",
                "Tap drips",
                "Kitchen",
                DeskFixture.PROPERTY_A));
    ProcessInstance stranger =
        submit(request("phone", DeskFixture.UNIT_WITHOUT_EMAIL, "repair", "small"));
    ProcessInstance unknownUnit = submit(request("phone", "9-9901", "repair", "small"));

    assertThat(callerCheck(registered)).isEqualTo("Name and phone match the household register");
    assertThat(callerCheck(otherPhone)).contains("phone differs");
    assertThat(callerCheck(stranger)).contains("Name does not match");
    assertThat(callerCheck(unknownUnit)).contains("Unit not in the household register");
    assertThat(callerCheck(stranger)).doesNotContain("张伟", "13800001201");
    assertThat(unknownUnit).isWaitingAt(FRONT_DESK_REVIEW);
  }

  private String callerCheck(ProcessInstance pi) {
    return caseFiles.sheet(caseId(pi)).stream()
        .filter(e -> "INT-07".equals(e.getRuleId()))
        .map(CaseEvent::getDetails)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void unsatisfiedCallbackNeedsAReason_CB04() {
    ProcessInstance pi = repairConfirmedSatisfied();
    sendFeedback(pi, "email");
    fire(timer(pi, TRIAL_RUN_OVER));

    assertThatThrownBy(() -> callBack(pi, false, "")).hasMessageContaining("“不满意的原因”：必须填写");
    assertThat(pi).isWaitingAt(CALLBACK);
  }

  @Test
  void feedbackByEmailNeedsAnAddress_HLP07() {
    ProcessInstance pi = submit(request("walk-in", "2-1201", "repair", "small"));
    dispatchFromDesk(pi);
    assignEngineer(pi);
    handle(pi);
    confirm(pi, true, "satisfied");

    assertThatThrownBy(() -> sendFeedback(pi, "email")).hasMessageContaining("no e-mail address");
    sendFeedback(pi, "letter");
    assertThat(pi).isWaitingAt(TRIAL_RUN_OVER);
  }

  @Test
  void arrivalTimeMustLieBetweenReceiptAndNow_HLP05() {
    ProcessInstance pi = submit(smallRepairByApp());
    dispatchFromDesk(pi);
    assignEngineer(pi);
    Map<String, Object> entries =
        variables(HANDLING_NOTES.of("Replaced the washer"), RESULT.of("Fixed"));

    entries.put(ARRIVED_AT.name(), "tomorrow morning");
    assertThatThrownBy(() -> completeAs("engineer", "engineering", pi, HANDLE_ON_SITE, entries))
        .hasMessageContaining("arrivedAt must be a date and time");
    entries.put(ARRIVED_AT.name(), "2026-11-23T12:00+08:00");
    assertThatThrownBy(() -> completeAs("engineer", "engineering", pi, HANDLE_ON_SITE, entries))
        .hasMessageContaining("cannot be in the future");
    entries.put(ARRIVED_AT.name(), "2026-11-22T10:00+08:00");
    assertThatThrownBy(() -> completeAs("engineer", "engineering", pi, HANDLE_ON_SITE, entries))
        .hasMessageContaining("before the request was received");
    assertThat(pi).isWaitingAt(HANDLE_ON_SITE);
  }

  @Test
  void candidateGroupsDecideWhoMayWork_HLP01() {
    ProcessInstance pi = submit(smallRepairByApp());

    assertThatThrownBy(
            () ->
                completeAs(
                    "guard",
                    "security",
                    pi,
                    FRONT_DESK_REVIEW,
                    variables(DESK_OUTCOME.of("resolved"))))
        .hasMessageContaining("guard");
    assertThat(pi).isWaitingAt(FRONT_DESK_REVIEW);
  }

  @Test
  void caseNumbersCountPerDayInThePropertyTimeZone_INT02() {
    setClock(LocalDateTime.of(2026, 11, 24, 23, 59));
    String late = caseOf(submit(smallRepairByApp())).getCaseNumber();
    setClock(LocalDateTime.of(2026, 11, 25, 0, 1));
    String next = caseOf(submit(smallRepairByApp())).getCaseNumber();

    assertThat(late).startsWith("RS-PA-20261124-");
    assertThat(next).isEqualTo("RS-PA-20261125-0001");
  }
}
