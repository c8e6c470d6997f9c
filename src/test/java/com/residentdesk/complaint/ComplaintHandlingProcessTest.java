package com.residentdesk.complaint;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.complaint.ComplaintProcess.Element.*;
import static com.residentdesk.complaint.ComplaintProcess.Field.APPEAL_OUTCOME;
import static com.residentdesk.complaint.ComplaintProcess.Field.APPEAL_TEXT;
import static com.residentdesk.complaint.ComplaintProcess.Field.APPEAL_UPHELD;
import static com.residentdesk.complaint.ComplaintProcess.Field.CALLBACK_METHOD;
import static com.residentdesk.complaint.ComplaintProcess.Field.CALLBACK_NOTE;
import static com.residentdesk.complaint.ComplaintProcess.Field.CAUSE;
import static com.residentdesk.complaint.ComplaintProcess.Field.COMPLAINT_SUMMARY;
import static com.residentdesk.complaint.ComplaintProcess.Field.CONFIRMATION_NOTE;
import static com.residentdesk.complaint.ComplaintProcess.Field.EVIDENCE;
import static com.residentdesk.complaint.ComplaintProcess.Field.EXECUTION_NOTE;
import static com.residentdesk.complaint.ComplaintProcess.Field.EXPLANATION;
import static com.residentdesk.complaint.ComplaintProcess.Field.IDENTITY_VERIFIED;
import static com.residentdesk.complaint.ComplaintProcess.Field.INVALID_REASON;
import static com.residentdesk.complaint.ComplaintProcess.Field.MANAGEMENT_OR_SERVICE_FAILURE;
import static com.residentdesk.complaint.ComplaintProcess.Field.MEASURES;
import static com.residentdesk.complaint.ComplaintProcess.Field.MEASURES_DEADLINE;
import static com.residentdesk.complaint.ComplaintProcess.Field.NOTICE_METHOD;
import static com.residentdesk.complaint.ComplaintProcess.Field.OTHER_PARTIES;
import static com.residentdesk.complaint.ComplaintProcess.Field.PARTIES_NOTIFIED;
import static com.residentdesk.complaint.ComplaintProcess.Field.PLANNED_DATE;
import static com.residentdesk.complaint.ComplaintProcess.Field.PROPOSED_REMEDY;
import static com.residentdesk.complaint.ComplaintProcess.Field.REPEATED_REQUESTS_IGNORED;
import static com.residentdesk.complaint.ComplaintProcess.Field.RESPOND_ENGINEERING;
import static com.residentdesk.complaint.ComplaintProcess.Field.RESPOND_FRONT_DESK;
import static com.residentdesk.complaint.ComplaintProcess.Field.RESPOND_SECURITY;
import static com.residentdesk.complaint.ComplaintProcess.Field.SERIOUS_LOSS_OR_INJURY;
import static com.residentdesk.complaint.ComplaintProcess.Field.VALID;
import static com.residentdesk.complaint.ComplaintProcess.Var.APPEALED;
import static com.residentdesk.complaint.ComplaintProcess.Var.COMPLAINT_RESOLVED;
import static com.residentdesk.complaint.ComplaintProcess.Var.INVESTIGATOR;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CHANNEL;
import static com.residentdesk.intake.ResidentRequestProcess.Field.DESCRIPTION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.LOCATION;
import static com.residentdesk.intake.ResidentRequestProcess.Field.PHONE;
import static com.residentdesk.intake.ResidentRequestProcess.Field.RESIDENT_NAME;
import static com.residentdesk.intake.ResidentRequestProcess.Field.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.casefile.CaseEvent;
import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.intake.NewCaseRequest;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.resident.ResidentCaseView;
import com.residentdesk.resident.ResidentDesk;
import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import com.residentdesk.system.UnprocessableException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * complaint-handling: acceptance, severity, investigation, decision, execution, appeal, archive.
 */
public class ComplaintHandlingProcessTest extends ProcessTestSupport {

  @Autowired ComplaintFiles complaints;
  @Autowired ComplaintAppeals appeals;
  @Autowired ResidentDesk residents;
  @Autowired ComplaintReport report;

  /** The properties the API caller of these tests works for. */
  private static final List<String> PROPERTIES = List.of(DeskFixture.PROPERTY_A);

  /** A complaint by the registered household of unit 1-0502 (王芳, who has an e-mail address). */
  static NewCaseRequest complaintBy(String name) {
    return complaintBy("phone", name);
  }

  /** The same complaint through another channel ("app": not told in person, so e-mailed). */
  static NewCaseRequest complaintBy(String channel, String name) {
    return new NewCaseRequest(
        channel,
        "1-0502",
        name,
        "13800000502",
        null,
        null,
        "complaint",
        null,
        "The lift has been broken for two weeks despite three reports",
        "Building 1 lift",
        DeskFixture.PROPERTY_A);
  }

  ProcessInstance complaintOf(ProcessInstance parent) {
    ProcessInstance called =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .superProcessInstanceId(parent.getId())
            .singleResult();
    assertThat(called).as("complaint-handling called").isNotNull();
    return called;
  }

  ProcessInstance newComplaint() {
    ProcessInstance parent = submit(complaintBy("王芳"));
    assertThat(parent).isWaitingAt(ResidentRequestProcess.Element.COMPLAINT_HANDLING);
    return complaintOf(parent);
  }

  Map<String, Object> facts(boolean valid, boolean repeated, boolean loss, boolean failure) {
    return variables(
        IDENTITY_VERIFIED.of(true),
        VALID.of(String.valueOf(valid)),
        REPEATED_REQUESTS_IGNORED.of(repeated),
        SERIOUS_LOSS_OR_INJURY.of(loss),
        MANAGEMENT_OR_SERVICE_FAILURE.of(failure),
        COMPLAINT_SUMMARY.of("Lift out of order, three reports ignored"),
        OTHER_PARTIES.of("Neighbour Zhou in 1-0602 (blocks the lift door)"),
        INVALID_REASON.of(valid ? "" : "The lift belongs to the developer, not the centre"));
  }

  void accept(ProcessInstance pi, Map<String, Object> facts) {
    completeAs("clerk", "front-desk", pi, ACCEPT_COMPLAINT, facts);
  }

  List<String> candidateGroups(ProcessInstance pi, String taskKey) {
    Task task = openTask(pi, taskKey);
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  void assignAndInvestigate(ProcessInstance pi, String handler, String group) {
    // the investigator is one of the complaint's handlers: the head, or the centre manager once
    // major
    boolean major = "major".equals(complaints.of(caseId(pi)).getSeverity());
    String investigator = major ? "manager" : "cshead";
    String investigatorGroup = major ? "centre-manager" : "cs-head";
    completeAs(
        handler,
        group,
        pi,
        ASSIGN_INVESTIGATION,
        variables(
            INVESTIGATOR.of(investigator),
            PLANNED_DATE.of(LocalDate.now().plusDays(2).toString()),
            RESPOND_ENGINEERING.of(true),
            RESPOND_SECURITY.of(false),
            RESPOND_FRONT_DESK.of(false)));
    completeAs(
        "engineer",
        "engineering",
        pi,
        DEPARTMENT_RESPONSE,
        variables(
            ComplaintProcess.Field.DEPARTMENT_RESPONSE.of(
                "Lift contractor ordered a new door sensor")));
    completeAs(
        investigator,
        investigatorGroup,
        pi,
        INVESTIGATE,
        variables(
            PARTIES_NOTIFIED.of(true),
            EVIDENCE.of("Three repair tickets, photos"),
            CAUSE.of("Contractor delayed the spare part"),
            PROPOSED_REMEDY.of("Repair within 3 days, waive a month's lift fee")));
  }

  void decide(ProcessInstance pi, String user, String group, LocalDate deadline) {
    completeAs(
        user,
        group,
        pi,
        DECIDE_MEASURES,
        variables(
            MEASURES.of("Repair the lift door sensor; waive one month's lift fee"),
            MEASURES_DEADLINE.of(deadline.toString())));
    completeAs("clerk", "front-desk", pi, INFORM_DECISION, variables(NOTICE_METHOD.of("email")));
  }

  LocalDate today() {
    return now().atZone(SHANGHAI).toLocalDate();
  }

  // ---- CMP-01 acceptance
  // ----------------------------------------------------------------------------

  @Test
  void complaintIsAcceptedWithin24HoursAndReceiptConfirmed_CMP01() {
    ProcessInstance pi = newComplaint();
    Date due = Date.from(caseOf(pi).getReceivedAt().plus(Duration.ofHours(24)));
    assertThat(openTask(pi, ACCEPT_COMPLAINT).getDueDate()).isEqualTo(due);
    assertThat(timer(pi, ACCEPTANCE_OVERDUE).getDuedate()).isEqualTo(due);

    accept(pi, facts(true, false, false, false));

    assertThat(clock(pi, Rules.CMP_01, 0).getMetAt()).isEqualTo(now());
    assertThat(outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.COMPLAINT_LETTER))
        .extracting(OutboxMessage::getSubject)
        .anySatisfy(s -> assertThat(s).contains("投诉已正式受理"));
  }

  /** The resident gets a receipt (INT-04) and then the acceptance (CMP-01): two different mails. */
  @Test
  void receiptAndAcceptanceMailsSayWhatTheyAre_INT04_CMP01() {
    ProcessInstance pi = complaintOf(submit(complaintBy("app", "王芳")));
    accept(pi, facts(true, false, false, false));

    String receipt =
        outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.ACKNOWLEDGEMENT).stream()
            .map(OutboxMessage::getSubject)
            .findFirst()
            .orElseThrow();
    String acceptance =
        outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.COMPLAINT_LETTER).stream()
            .map(OutboxMessage::getSubject)
            .findFirst()
            .orElseThrow();
    assertThat(receipt).contains("已收到").doesNotContain("受理");
    assertThat(acceptance).contains("已正式受理");
    assertThat(receipt).isNotEqualTo(acceptance);
  }

  @Test
  void acceptanceOverdueEscalatesToTheCustomerServiceHead_CMP01() {
    ProcessInstance pi = newComplaint();
    advance(Duration.ofHours(24));
    fire(timer(pi, ACCEPTANCE_OVERDUE));

    assertThat(clock(pi, Rules.CMP_01, 0).getBreachedAt()).isEqualTo(now());
    assertThat(candidateGroups(pi, DeadlineEscalationProcess.Element.HANDLE_ESCALATION))
        .containsExactly("cs-head");
    assertThat(pi).isWaitingAt(ACCEPT_COMPLAINT, ComplaintProcess.Element.ESCALATE_MISSED_DEADLINE);
  }

  @Test
  void complainantMustMatchAHousehold_CMP01() {
    ProcessInstance pi = complaintOf(submit(complaintBy("Somebody Else")));

    assertThatThrownBy(() -> accept(pi, facts(true, false, false, false)))
        .hasMessageContaining("do not match a household");
    assertThat(pi).isWaitingAt(ACCEPT_COMPLAINT);

    // an unverifiable complainant is not a dead end: the complaint closes as not valid, with its
    // reason
    accept(pi, facts(false, false, false, false));
    assertThat(pi).isWaitingAt(EXPLAIN_INVALID);
  }

  @Test
  void theInvestigatorBelongsToTheGroupsHandlingTheComplaint_CMP03() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, false));

    assertThatThrownBy(
            () ->
                completeAs(
                    "cshead",
                    "cs-head",
                    pi,
                    ASSIGN_INVESTIGATION,
                    variables(
                        INVESTIGATOR.of("auditor"),
                        PLANNED_DATE.of(today().plusDays(1).toString()))))
        .hasMessageContaining("must belong to the groups handling the complaint");
  }

  @Test
  void anAppealTaskCompletedWithoutAnAppealIsRefused_CMP05() {
    ProcessInstance pi = resolvedComplaint(false);

    assertThatThrownBy(
            () ->
                completeAs("clerk", "front-desk", pi, AWAIT_APPEAL, variables(APPEALED.of(false))))
        .hasMessageContaining("closes by itself");
    assertThat(pi).isWaitingAt(AWAIT_APPEAL);
  }

  @Test
  void tasksShowWhatTheNextPersonNeedsButNeverTheOtherParties_CMP05_CMP09() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, false));
    assignAndInvestigate(pi, "cshead", "cs-head");
    decide(pi, "cshead", "cs-head", today().plusDays(3));

    String description = openTask(pi, EXECUTE_MEASURES).getDescription();
    assertThat(description)
        .contains(
            "Measures: Repair the lift door sensor", "Cause: Contractor delayed the spare part");
    assertThat(description).doesNotContain("Neighbour Zhou");
  }

  @Test
  void otherPartiesStayOffTheHandlingSheetAndTheEngineHistory_CMP09() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, false));

    assertThat(complaints.of(caseId(pi)).getOtherParties()).contains("Neighbour Zhou");
    assertThat(caseFiles.sheet(caseId(pi)))
        .extracting(CaseEvent::getDetails)
        .noneSatisfy(d -> assertThat(d).contains("Neighbour Zhou"));
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName(OTHER_PARTIES.name())
                .count())
        .isZero();
  }

  // ---- CMP-02 / CMP-03 validity, severity, who handles
  // ---------------------------------------------

  @Test
  void invalidComplaintIsExplainedAndClosedWithAReason_CMP02() {
    ProcessInstance parent = submit(complaintBy("王芳"));
    ProcessInstance pi = complaintOf(parent);
    accept(pi, facts(false, false, false, false));

    assertThat(pi).isWaitingAt(EXPLAIN_INVALID);
    completeAs(
        "clerk",
        "front-desk",
        pi,
        EXPLAIN_INVALID,
        variables(EXPLANATION.of("Referred to the developer's hotline")));

    assertThat(pi).isEnded().hasPassed(ARCHIVE_COMPLAINT).hasNotPassed(ASSIGN_INVESTIGATION);
    assertThat(parent).isEnded();
    assertThat(complaints.of(caseId(pi)).getSeverity()).isEqualTo("invalid");
    assertThat(complaints.of(caseId(pi)).getInvalidReason()).contains("developer");
    assertThat(caseOf(pi).getStatus()).isEqualTo(CaseStatus.ARCHIVED);
  }

  @Test
  void majorComplaintIsHandledByTheCentreManager_CMP02_CMP03() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, true, false, false));

    assertThat(complaints.of(caseId(pi)).getSeverity()).isEqualTo("major");
    assertThat(candidateGroups(pi, ASSIGN_INVESTIGATION)).containsExactly("centre-manager");
  }

  @Test
  void importantComplaintIsHandledByTheCentreManagerNotTheHead_CMP03() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, true));

    assertThat(complaints.of(caseId(pi)).getSeverity()).isEqualTo("important");
    assertThat(candidateGroups(pi, ASSIGN_INVESTIGATION)).containsExactly("centre-manager");
  }

  @Test
  void generalComplaintIsHandledByTheCustomerServiceHeadOrSupervisor_CMP03() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, false));

    assertThat(complaints.of(caseId(pi)).getSeverity()).isEqualTo("general");
    assertThat(candidateGroups(pi, ASSIGN_INVESTIGATION))
        .containsExactlyInAnyOrder("cs-head", "supervisor");
  }

  // ---- CMP-04..07, CB-03 the whole way
  // ---------------------------------------------------------------

  @Test
  void complaintRunsFromReceiptThroughAdjustedMeasuresToArchive_CMP04_CMP05_CMP06_CMP07_CB03() {
    ProcessInstance parent = submit(complaintBy("王芳"));
    ProcessInstance pi = complaintOf(parent);
    accept(pi, facts(true, false, false, false));
    assertThat(complaints.of(caseId(pi)).getSeverity()).isEqualTo("general");
    assignAndInvestigate(pi, "cshead", "cs-head");
    assertThat(openTask(pi, DECIDE_MEASURES)).isNotNull();

    decide(pi, "cshead", "cs-head", today().plusDays(3));
    assertThat(outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.COMPLAINT_LETTER))
        .extracting(OutboxMessage::getBody)
        .anySatisfy(
            b ->
                assertThat(b)
                    .contains("Repair the lift door sensor", today().plusDays(3).toString(), "申诉"));
    completeAs(
        "cshead", "cs-head", pi, EXECUTE_MEASURES, variables(EXECUTION_NOTE.of("Sensor replaced")));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        CONFIRM_RESOLUTION,
        variables(
            COMPLAINT_RESOLVED.of(false), CONFIRMATION_NOTE.of("Door still closes on people")));

    assertThat(pi).isWaitingAt(DECIDE_MEASURES);
    decide(pi, "cshead", "cs-head", today().plusDays(5));
    completeAs(
        "cshead",
        "cs-head",
        pi,
        EXECUTE_MEASURES,
        variables(EXECUTION_NOTE.of("Door re-adjusted")));
    completeAs(
        "clerk", "front-desk", pi, CONFIRM_RESOLUTION, variables(COMPLAINT_RESOLVED.of(true)));
    assertThat(pi).isWaitingAt(AWAIT_APPEAL);

    advance(Duration.ofDays(15));
    fire(timer(pi, APPEAL_WINDOW_CLOSED));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        COMPLAINT_CALLBACK,
        variables(CALLBACK_METHOD.of("visit"), CALLBACK_NOTE.of("Satisfied with the repair")));

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            ACCEPT_COMPLAINT,
            ASSIGN_INVESTIGATION,
            DECIDE_MEASURES,
            EXECUTE_MEASURES,
            CONFIRM_RESOLUTION,
            DECIDE_MEASURES,
            AWAIT_APPEAL,
            COMPLAINT_CALLBACK,
            ARCHIVE_COMPLAINT);
    assertThat(parent).isEnded();
    Complaint archived = complaints.of(caseId(pi));
    assertThat(archived.getReportCause()).contains("spare part");
    assertThat(archived.getDecisionRound()).isEqualTo(2);
    assertThat(archived.getResolvedAt()).isNotNull();
    assertThat(archived.getArchivedAt()).isNotNull();
    assertThat(caseFiles.sheet(caseId(pi)))
        .extracting(CaseEvent::getRuleId)
        .contains("CMP-04", "CMP-05", "CMP-06", "CB-03", "CMP-07");
  }

  @Test
  void measuresNotCarriedOutByTheDeadlineEscalateToTheCentreManager_CMP06() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, false));
    assignAndInvestigate(pi, "supervisor", "supervisor");
    decide(pi, "supervisor", "supervisor", today().plusDays(2));

    Date due = Date.from(today().plusDays(3).atStartOfDay(SHANGHAI).toInstant());
    assertThat(openTask(pi, EXECUTE_MEASURES).getDueDate()).isEqualTo(due);
    assertThat(timer(pi, EXECUTION_OVERDUE).getDuedate()).isEqualTo(due);
    advance(Duration.between(now(), due.toInstant()));
    fire(timer(pi, EXECUTION_OVERDUE));

    assertThat(clock(pi, Rules.CMP_06, 1).getBreachedAt()).isEqualTo(now());
    assertThat(candidateGroups(pi, DeadlineEscalationProcess.Element.HANDLE_ESCALATION))
        .containsExactly("centre-manager");
    assertThat(pi).isWaitingAt(EXECUTE_MEASURES, ComplaintProcess.Element.ESCALATE_MISSED_DEADLINE);
  }

  @Test
  void validComplaintOpenAMonthAfterAcceptanceBecomesMajorWithoutInterruption_CMP02() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, false));
    Task inProgress = openTask(pi, ASSIGN_INVESTIGATION);
    Date due = Date.from(now().atZone(SHANGHAI).plusMonths(1).toInstant());
    assertThat(timer(pi, OPEN_ONE_MONTH).getDuedate()).isEqualTo(due);

    advance(Duration.between(now(), due.toInstant()));
    fire(timer(pi, OPEN_ONE_MONTH));

    Complaint complaint = complaints.of(caseId(pi));
    assertThat(complaint.getSeverity()).isEqualTo("major");
    assertThat(complaint.getSeveritySource()).isEqualTo("age");
    assertThat(openTask(pi, ASSIGN_INVESTIGATION).getId()).isEqualTo(inProgress.getId());
    assertThat(candidateGroups(pi, ASSIGN_INVESTIGATION)).contains("centre-manager", "cs-head");
    assertThat(outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.DEADLINE_BREACH))
        .extracting(OutboxMessage::getRecipient)
        .contains("manager@service-desk.example.com");
    assignAndInvestigate(pi, "cshead", "cs-head");
    assertThat(candidateGroups(pi, DECIDE_MEASURES)).containsExactly("centre-manager");
    assertThat(complaints.appealReviewers(caseId(pi))).isEqualTo("quality");
  }

  @Test
  void oneMonthFromAcceptanceOnThe31stEndsOnTheLastDayOfNextMonthInThePropertysZone_CMP02() {
    // 05:00 in Shanghai on 31 January is still 30 January in UTC: counted on the server's
    // calendar, the month would end on 1 March local time instead of 28 February
    setClock(LocalDateTime.of(2027, 1, 31, 5, 0));
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, false));
    Instant due = LocalDateTime.of(2027, 2, 28, 5, 0).atZone(SHANGHAI).toInstant();
    assertThat(timer(pi, OPEN_ONE_MONTH).getDuedate()).isEqualTo(Date.from(due));

    advance(Duration.between(now(), due).minusSeconds(1));
    assertThat(timer(pi, OPEN_ONE_MONTH).getDuedate()).isAfter(Date.from(now()));
    assertThat(complaints.of(caseId(pi)).getSeverity()).isEqualTo("general");
    advance(Duration.ofSeconds(1));
    fire(timer(pi, OPEN_ONE_MONTH));

    assertThat(complaints.of(caseId(pi)).getSeverity()).isEqualTo("major");
    assertThat(complaints.of(caseId(pi)).getSeveritySource()).isEqualTo("age");
  }

  @Test
  void resolvedComplaintIsNotReclassified_CMP02() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, false));
    assignAndInvestigate(pi, "cshead", "cs-head");
    decide(pi, "cshead", "cs-head", today().plusDays(1));
    completeAs("cshead", "cs-head", pi, EXECUTE_MEASURES, variables(EXECUTION_NOTE.of("Done")));
    completeAs(
        "clerk", "front-desk", pi, CONFIRM_RESOLUTION, variables(COMPLAINT_RESOLVED.of(true)));

    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(OPEN_ONE_MONTH)
                .count())
        .isZero();
    assertThat(clock(pi, Rules.CMP_02, 0).getMetAt()).isEqualTo(now());
  }

  // ---- CMP-05 appeal
  // --------------------------------------------------------------------------------

  ProcessInstance resolvedComplaint(boolean major) {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, major, false, false));
    String user = major ? "manager" : "cshead";
    String group = major ? "centre-manager" : "cs-head";
    assignAndInvestigate(pi, user, group);
    decide(pi, user, group, today().plusDays(1));
    completeAs(user, group, pi, EXECUTE_MEASURES, variables(EXECUTION_NOTE.of("Done")));
    completeAs(
        "clerk", "front-desk", pi, CONFIRM_RESOLUTION, variables(COMPLAINT_RESOLVED.of(true)));
    return pi;
  }

  @Test
  void appealWithinTheWindowIsReviewedOneLevelUpAndAnsweredInWriting_CMP05() {
    ProcessInstance pi = resolvedComplaint(false);
    advance(Duration.ofDays(14));

    appeals.lodge(caseOf(pi).getCaseNumber(), "The fee waiver is too small", PROPERTIES);

    assertThat(pi).isWaitingAt(REVIEW_APPEAL);
    assertThat(candidateGroups(pi, REVIEW_APPEAL)).containsExactly("centre-manager");
    completeAs(
        "manager",
        "centre-manager",
        pi,
        REVIEW_APPEAL,
        variables(APPEAL_UPHELD.of(true), APPEAL_OUTCOME.of("Two months' lift fee waived")));
    completeAs(
        "clerk", "front-desk", pi, INFORM_APPEAL_OUTCOME, variables(NOTICE_METHOD.of("email")));
    assertThat(pi).isWaitingAt(COMPLAINT_CALLBACK);
    assertThat(outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.COMPLAINT_LETTER))
        .extracting(OutboxMessage::getBody)
        .anySatisfy(b -> assertThat(b).contains("Two months' lift fee waived"));
    assertThat(complaints.of(caseId(pi)).getAppealUpheld()).isTrue();
  }

  @Test
  void theComplainantAppealsOnTheResidentsPageAndSeesTheOutcome_CMP05() {
    ProcessInstance pi = resolvedComplaint(false);
    Long caseId = caseId(pi);
    ResidentCaseView decided = residents.view(caseId);
    assertThat(decided.complaint().appealOpen()).isTrue();
    assertThat(decided.complaint().measures()).isNotBlank();
    assertThat(decided.complaint().appealDeadline()).isAfter(now());

    residents.appeal(caseId, "补偿太少");

    assertThat(pi).isWaitingAt(REVIEW_APPEAL);
    assertThatThrownBy(() -> residents.appeal(caseId, "再次申诉"))
        .hasMessage("problem.appeal.already-lodged");
    completeAs(
        "manager",
        "centre-manager",
        pi,
        REVIEW_APPEAL,
        variables(APPEAL_UPHELD.of(false), APPEAL_OUTCOME.of("维持原决定")));
    ResidentCaseView reviewed = residents.view(caseId);
    assertThat(reviewed.complaint().appealOpen()).isFalse();
    assertThat(reviewed.complaint().appealUpheld()).isFalse();
    assertThat(reviewed.complaint().appealOutcome()).isEqualTo("维持原决定");
    assertThat(reviewed.timeline())
        .extracting(ResidentCaseView.Step::code)
        .contains("accepted", "decided", "appealed", "appeal-decided");
  }

  @Test
  void appealOfAMajorComplaintGoesToTheQualityGroup_CMP05() {
    ProcessInstance pi = resolvedComplaint(true);
    completeAs(
        "clerk",
        "front-desk",
        pi,
        AWAIT_APPEAL,
        variables(APPEALED.of(true), APPEAL_TEXT.of("Not enough")));

    assertThat(candidateGroups(pi, REVIEW_APPEAL)).containsExactly("quality");
  }

  @Test
  void appealAfterTheWindowClosedIsRefused_CMP05() {
    ProcessInstance pi = resolvedComplaint(false);
    String number = caseOf(pi).getCaseNumber();
    advance(Duration.ofDays(15).plusMinutes(1));

    assertThatThrownBy(() -> appeals.lodge(number, "Too late", PROPERTIES))
        .isInstanceOf(UnprocessableException.class)
        .hasMessage("problem.appeal.window-closed");
    fire(timer(pi, APPEAL_WINDOW_CLOSED));
    assertThat(pi).isWaitingAt(COMPLAINT_CALLBACK).hasNotPassed(REVIEW_APPEAL);
  }

  @Test
  void appealLodgedWhileMeasuresAreCarriedOutIsTakenUpAfterResolution_CMP05() {
    ProcessInstance pi = newComplaint();
    accept(pi, facts(true, false, false, false));
    assignAndInvestigate(pi, "cshead", "cs-head");
    decide(pi, "cshead", "cs-head", today().plusDays(1));

    appeals.lodge(caseOf(pi).getCaseNumber(), "I do not accept these measures", PROPERTIES);
    completeAs("cshead", "cs-head", pi, EXECUTE_MEASURES, variables(EXECUTION_NOTE.of("Done")));
    completeAs(
        "clerk", "front-desk", pi, CONFIRM_RESOLUTION, variables(COMPLAINT_RESOLVED.of(true)));

    assertThat(pi).isWaitingAt(REVIEW_APPEAL).hasNotPassed(AWAIT_APPEAL);
  }

  // ---- CMP-08 monthly statistics
  // -----------------------------------------------------------------

  @Test
  void monthlyStatisticsCountSeverityTimelinessResolutionAndAppeals_CMP08() {
    setClock(LocalDateTime.of(2025, 3, 10, 10, 0));
    ProcessInstance resolvedInTime = resolvedComplaint(false); // general, accepted at once
    completeAs(
        "clerk",
        "front-desk",
        resolvedInTime,
        AWAIT_APPEAL,
        variables(APPEALED.of(true), APPEAL_TEXT.of("More")));
    ProcessInstance lateMajor = newComplaint();
    advance(Duration.ofHours(25));
    accept(lateMajor, facts(true, false, true, false));
    ProcessInstance invalid = newComplaint();
    accept(invalid, facts(false, false, false, false));
    newComplaint(); // not accepted yet
    setClock(LocalDateTime.of(2025, 4, 1, 9, 0));
    newComplaint(); // next month: not counted

    ComplaintReport.Figures march = report.of(YearMonth.of(2025, 3));

    assertThat(march.complaints()).isEqualTo(4);
    assertThat(march.bySeverity())
        .containsEntry("general", 1L)
        .containsEntry("major", 1L)
        .containsEntry("invalid", 1L)
        .containsEntry("pending", 1L)
        .containsEntry("important", 0L);
    assertThat(march.accepted()).isEqualTo(3);
    assertThat(march.acceptedWithin24Hours()).isEqualTo(2);
    assertThat(march.acceptanceTimelinessRate()).isEqualTo(0.667);
    assertThat(march.valid()).isEqualTo(2);
    assertThat(march.resolved()).isEqualTo(1);
    assertThat(march.resolutionRate()).isEqualTo(0.5);
    assertThat(march.averageHoursToResolve())
        .isZero(); // resolved the moment it came in: the clock did not move
    assertThat(march.appeals()).isEqualTo(1);
    assertThat(report.of(YearMonth.of(2025, 4)).complaints()).isEqualTo(1);
  }

  @Test
  void aComplaintCanBeStartedDirectlyFromTasklist_CMP01() {
    Map<String, Object> form =
        variables(
            CHANNEL.of("walk-in"),
            UNIT.of("3-0808"),
            RESIDENT_NAME.of("Emily Carter"),
            PHONE.of("13800000808"),
            DESCRIPTION.of("Rude staff at the gate"),
            LOCATION.of("North gate"));
    DeskFixture.signIn(engine.getIdentityService(), "clerk", List.of("front-desk"));
    ProcessInstance pi;
    try {
      pi = engine.getRuntimeService().startProcessInstanceByKey(ComplaintProcess.KEY, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    assertThat(pi).isWaitingAt(ACCEPT_COMPLAINT).hasBusinessKey(caseOf(pi).getCaseNumber());
    assertThat(caseOf(pi).getRequest().category()).isEqualTo("complaint");
  }
}
