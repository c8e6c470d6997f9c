package com.residentdesk.inquiry;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.inquiry.ChallengeProcess.Element.*;
import static com.residentdesk.inquiry.ChallengeProcess.Field.APPROVAL_COMMENTS;
import static com.residentdesk.inquiry.ChallengeProcess.Field.DRAFT_REPLY;
import static com.residentdesk.inquiry.ChallengeProcess.Field.EXPLANATION;
import static com.residentdesk.inquiry.ChallengeProcess.Field.REPLY_METHOD;
import static com.residentdesk.inquiry.ChallengeProcess.Var.CHALLENGE_OUTCOME;
import static com.residentdesk.inquiry.ChallengeProcess.Var.REPLY_APPROVED;
import static com.residentdesk.inquiry.InquiryProcess.Element.*;
import static com.residentdesk.inquiry.InquiryProcess.Field.ANSWER;
import static com.residentdesk.inquiry.InquiryProcess.Field.ASKED_DEPARTMENT;
import static com.residentdesk.inquiry.InquiryProcess.Field.ASKED_ON_BEHALF;
import static com.residentdesk.inquiry.InquiryProcess.Field.CALLBACK_METHOD;
import static com.residentdesk.inquiry.InquiryProcess.Field.CALLBACK_NOTE;
import static com.residentdesk.inquiry.InquiryProcess.Field.CALLBACK_SATISFIED;
import static com.residentdesk.inquiry.InquiryProcess.Field.OTHER_CHANNEL_OFFERED;
import static com.residentdesk.inquiry.InquiryProcess.Field.REPLY;
import static com.residentdesk.inquiry.InquiryProcess.Var.INQUIRY_OUTCOME;
import static com.residentdesk.inquiry.SuggestionProcess.Element.*;
import static com.residentdesk.inquiry.SuggestionProcess.Field.CO_SIGNERS;
import static com.residentdesk.inquiry.SuggestionProcess.Field.DECISION_REASONS;
import static com.residentdesk.inquiry.SuggestionProcess.Field.REPLY_NOTE;
import static com.residentdesk.inquiry.SuggestionProcess.Field.SUGGESTION_SUMMARY;
import static com.residentdesk.inquiry.SuggestionProcess.Field.THANK_CALL_NOTE;
import static com.residentdesk.inquiry.SuggestionProcess.Field.UPDATE;
import static com.residentdesk.inquiry.SuggestionProcess.Var.ADOPTED;
import static com.residentdesk.inquiry.SuggestionProcess.Var.IMPLEMENTATION_DONE;
import static com.residentdesk.inquiry.UnifiedAnswerProcess.Element.*;
import static com.residentdesk.inquiry.UnifiedAnswerProcess.Field.ANSWER_TEXT;
import static com.residentdesk.support.DeskFixture.PROPERTY_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.answers.UnifiedAnswer;
import com.residentdesk.answers.UnifiedAnswers;
import com.residentdesk.casefile.CaseStatus;
import com.residentdesk.intake.NewCaseRequest;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Inquiries (INQ), challenges (CHA), suggestions (SUG) and the unified answers (CHA-04). */
public class TopicProcessesTest extends ProcessTestSupport {

  @Autowired TopicFiles topics;
  @Autowired UnifiedAnswers answers;

  static NewCaseRequest raised(String channel, String unit, String category, String topic) {
    return new NewCaseRequest(
        channel,
        unit,
        "Resident of " + unit,
        "13900000000",
        null,
        null,
        category,
        topic,
        "About " + (topic == null ? category : topic),
        "Lobby",
        DeskFixture.PROPERTY_A);
  }

  ProcessInstance calledBy(ProcessInstance parent) {
    ProcessInstance called =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .superProcessInstanceId(parent.getId())
            .singleResult();
    assertThat(called).isNotNull();
    return called;
  }

  List<String> candidateGroups(ProcessInstance pi, String taskKey) {
    return engine.getTaskService().getIdentityLinksForTask(openTask(pi, taskKey).getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  void callBack(ProcessInstance pi, String taskKey) {
    completeAs(
        "clerk",
        "front-desk",
        pi,
        taskKey,
        variables(
            CALLBACK_METHOD.of("phone"),
            CALLBACK_SATISFIED.of(true),
            CALLBACK_NOTE.of("Satisfied")));
  }

  // ---- inquiries -------------------------------------------------------------------------------

  @Test
  void inquiryAnsweredAtTheDeskClosesWithoutCallback_INQ01() {
    ProcessInstance parent = submit(raised("walk-in", "2-1201", "inquiry", "opening-hours"));
    ProcessInstance pi = calledBy(parent);

    completeAs(
        "clerk",
        "front-desk",
        pi,
        ANSWER_INQUIRY,
        variables(INQUIRY_OUTCOME.of("answered"), ANSWER.of("08:00 to 20:00")));

    assertThat(pi).isEnded().hasNotPassed(INQUIRY_CALLBACK);
    assertThat(parent).isEnded();
    assertThat(caseOf(parent).getStatus()).isEqualTo(CaseStatus.ARCHIVED);
  }

  @Test
  void inquiryRepliedOnceClarified_INQ01() {
    ProcessInstance pi = calledBy(submit(raised("phone", "2-1201", "inquiry", "water-outage")));
    completeAs(
        "clerk", "front-desk", pi, ANSWER_INQUIRY, variables(INQUIRY_OUTCOME.of("reply-later")));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        REPLY_WHEN_CLARIFIED,
        variables(REPLY.of("Water back at 18:00")));

    assertThat(pi).isEnded().hasPassed(REPLY_WHEN_CLARIFIED);
  }

  @Test
  void outOfScopeInquiryRecordsTheChannelOffered_INQ02() {
    ProcessInstance pi = calledBy(submit(raised("phone", "2-1201", "inquiry", "school-places")));

    assertThatThrownBy(
            () ->
                completeAs(
                    "clerk",
                    "front-desk",
                    pi,
                    ANSWER_INQUIRY,
                    variables(INQUIRY_OUTCOME.of("out-of-scope"))))
        .hasMessageContaining("“告知的其他渠道”：必须填写");
    completeAs(
        "clerk",
        "front-desk",
        pi,
        ANSWER_INQUIRY,
        variables(
            INQUIRY_OUTCOME.of("out-of-scope"),
            OTHER_CHANNEL_OFFERED.of("District education office hotline"),
            ASKED_ON_BEHALF.of(true)));

    assertThat(pi).isEnded();
    assertThat(caseFiles.sheet(caseId(pi)))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .contains(
                        "Other channel offered (INQ-02): District education office hotline",
                        "Asked on the resident's behalf (INQ-02): true"));
  }

  @Test
  void unsatisfiedInquiryGoesToTheRegionalManagerOfTheBuildingThenACallback_INQ03_CB01() {
    ProcessInstance pi = calledBy(submit(raised("phone", "3-0808", "inquiry", "parking-rules")));
    completeAs("clerk", "front-desk", pi, ANSWER_INQUIRY, variables(INQUIRY_OUTCOME.of("refer")));

    assertThat(openTask(pi, REGIONAL_RESEARCH).getAssignee()).isEqualTo("regional");
    assertThat(candidateGroups(pi, REGIONAL_RESEARCH)).containsExactly("regional-manager");
    completeAs(
        "regional",
        "regional-manager",
        pi,
        REGIONAL_RESEARCH,
        variables(ASKED_DEPARTMENT.of("Security"), REPLY.of("Visitors park in zone B")));
    callBack(pi, INQUIRY_CALLBACK);

    assertThat(pi).isEnded().hasPassedInOrder(ANSWER_INQUIRY, REGIONAL_RESEARCH, INQUIRY_CALLBACK);
  }

  // ---- challenges ------------------------------------------------------------------------------

  @Test
  void challengeExplainedAtTheDeskIsFiledInTheOwnerFile_CHA01_SUG05() {
    ProcessInstance pi =
        calledBy(submit(raised("walk-in", "2-1201", "challenge", "cleaning-schedule")));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        EXPLAIN_CHALLENGE,
        variables(
            CHALLENGE_OUTCOME.of("resolved"), EXPLANATION.of("Stairs are cleaned on Tuesdays")));

    assertThat(pi).isEnded();
    assertThat(topics.of(caseId(pi)).getFiledAt()).isEqualTo(now());
  }

  @Test
  void unsatisfiedChallengeGetsAReplyFromTheRegionalManager_CHA02_CB01() {
    ProcessInstance pi =
        calledBy(submit(raised("app", "1-0502", "challenge", "cleaning-schedule")));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        EXPLAIN_CHALLENGE,
        variables(CHALLENGE_OUTCOME.of("refer"), EXPLANATION.of("Schedule explained")));
    completeAs(
        "regional",
        "regional-manager",
        pi,
        DRAFT_CHALLENGE_REPLY,
        variables(DRAFT_REPLY.of("We add a Friday round")));

    assertThat(pi).isWaitingAt(GIVE_CHALLENGE_REPLY).hasNotPassed(APPROVE_REPLY);
    completeAs(
        "regional",
        "regional-manager",
        pi,
        GIVE_CHALLENGE_REPLY,
        variables(REPLY_METHOD.of("phone")));
    callBack(pi, CHALLENGE_CALLBACK);
    assertThat(pi).isEnded();
  }

  @Test
  void sensitiveReplyIsReturnedThenApprovedBeforeItIsGiven_CHA03() {
    ProcessInstance pi =
        calledBy(submit(raised("app", "1-0502", "challenge", "property-fee-rise")));
    assertThat(openTask(pi, EXPLAIN_CHALLENGE).getDescription()).contains("SENSITIVE");

    assertThatThrownBy(
            () ->
                completeAs(
                    "clerk",
                    "front-desk",
                    pi,
                    EXPLAIN_CHALLENGE,
                    variables(CHALLENGE_OUTCOME.of("resolved"), EXPLANATION.of("Costs went up"))))
        .hasMessageContaining("敏感的异议只能用审批过的答复");
    completeAs(
        "clerk",
        "front-desk",
        pi,
        EXPLAIN_CHALLENGE,
        variables(CHALLENGE_OUTCOME.of("refer"), EXPLANATION.of("Costs went up")));
    completeAs(
        "regional",
        "regional-manager",
        pi,
        DRAFT_CHALLENGE_REPLY,
        variables(DRAFT_REPLY.of("Fees rise 5%")));
    assertThat(candidateGroups(pi, APPROVE_REPLY)).containsExactly("cs-head");
    assertThat(openTask(pi, APPROVE_REPLY).getDescription()).contains("Draft reply: Fees rise 5%");
    assertThatThrownBy(
            () ->
                completeAs(
                    "cshead", "cs-head", pi, APPROVE_REPLY, variables(REPLY_APPROVED.of(false))))
        .hasMessageContaining("approvalComments");
    completeAs(
        "cshead",
        "cs-head",
        pi,
        APPROVE_REPLY,
        variables(
            REPLY_APPROVED.of(false),
            APPROVAL_COMMENTS.of("Cite the owners' assembly resolution")));

    assertThat(pi).isWaitingAt(DRAFT_CHALLENGE_REPLY);
    completeAs(
        "regional",
        "regional-manager",
        pi,
        DRAFT_CHALLENGE_REPLY,
        variables(DRAFT_REPLY.of("Fees rise 5% as resolved by the owners' assembly on 1 Oct")));
    completeAs("cshead", "cs-head", pi, APPROVE_REPLY, variables(REPLY_APPROVED.of(true)));
    completeAs(
        "regional",
        "regional-manager",
        pi,
        GIVE_CHALLENGE_REPLY,
        variables(REPLY_METHOD.of("email")));

    assertThat(topics.of(caseId(pi)).getApprovedBy()).isEqualTo("cshead");
    assertThat(outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.TOPIC_REPLY))
        .extracting(OutboxMessage::getBody)
        .anySatisfy(b -> assertThat(b).contains("owners' assembly on 1 Oct"));
    assertThat(pi).isWaitingAt(CHALLENGE_CALLBACK);
  }

  // ---- CHA-04 unified answers
  // --------------------------------------------------------------------

  @Test
  void answerLibraryKeepsEveryVersionWithItsApprover_CHA04() {
    answers.publish(PROPERTY_A, "lift-fee", "First answer", "cshead");
    answers.publish(PROPERTY_A, "lift-fee", "Revised answer", "manager");

    List<UnifiedAnswer> versions = answers.versions(PROPERTY_A, "lift-fee");
    assertThat(versions).extracting(UnifiedAnswer::getVersion).containsExactly(2, 1);
    assertThat(versions)
        .extracting(UnifiedAnswer::getStatus)
        .containsExactly(UnifiedAnswer.Status.APPROVED, UnifiedAnswer.Status.SUPERSEDED);
    assertThat(versions)
        .extracting(UnifiedAnswer::getApprovedBy)
        .containsExactly("manager", "cshead");
    assertThat(answers.retire(PROPERTY_A, "lift-fee")).isTrue();
    assertThat(answers.current(PROPERTY_A, "lift-fee")).isEmpty();
  }

  @Test
  void theClerkSeesTheApprovedAnswerAndTheReplyRecordsItsVersion_CHA04() {
    UnifiedAnswer approved =
        answers.publish(PROPERTY_A, "gate-hours", "The north gate closes at 23:00", "cshead");
    ProcessInstance pi = calledBy(submit(raised("phone", "2-1201", "inquiry", "gate-hours")));

    assertThat(openTask(pi, ANSWER_INQUIRY).getDescription())
        .contains("Approved answer v1 (gate-hours): The north gate closes at 23:00");
    completeAs(
        "clerk",
        "front-desk",
        pi,
        ANSWER_INQUIRY,
        variables(INQUIRY_OUTCOME.of("answered"), ANSWER.of("Per the unified answer")));
    assertThat(topics.of(caseId(pi)).getAnswerVersionId()).isEqualTo(approved.getId());
  }

  @Test
  void aTopicRaisedByThreeHouseholdsAsksTheHeadForAUnifiedAnswer_CHA04() {
    String topic = "elevator-ads";
    submit(raised("phone", "1-0101", "challenge", topic));
    submit(raised("phone", "1-0502", "challenge", topic));
    assertThat(unifiedAnswerRequests(topic)).isZero();

    submit(raised("phone", "2-1201", "inquiry", topic));
    submit(raised("phone", "3-0808", "challenge", topic));

    assertThat(unifiedAnswerRequests(topic)).isOne();
    ProcessInstance request =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(UnifiedAnswerProcess.KEY)
            .processInstanceBusinessKey(UnifiedAnswerProcess.businessKey(topic))
            .singleResult();
    assertThat(candidateGroups(request, APPROVE_UNIFIED_ANSWER)).containsExactly("cs-head");
    completeAs(
        "cshead",
        "cs-head",
        request,
        APPROVE_UNIFIED_ANSWER,
        variables(ANSWER_TEXT.of("Lift advertising income goes to the public fund")));
    assertThat(answers.current(PROPERTY_A, topic))
        .hasValueSatisfying(a -> assertThat(a.getApprovedBy()).isEqualTo("cshead"));
    assertThat(request).isEnded();
  }

  long unifiedAnswerRequests(String topic) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(UnifiedAnswerProcess.KEY)
        .processInstanceBusinessKey(UnifiedAnswerProcess.businessKey(topic))
        .count();
  }

  @Test
  void householdsOutsideTheWindowDoNotCount_CHA04() {
    String topic = "bike-shed";
    submit(raised("phone", "1-0101", "challenge", topic));
    submit(raised("phone", "1-0502", "challenge", topic));
    advance(Duration.ofDays(8));
    submit(raised("phone", "2-1201", "challenge", topic));

    assertThat(unifiedAnswerRequests(topic)).isZero();
  }

  // ---- suggestions -----------------------------------------------------------------------------

  ProcessInstance recordedSuggestion(String channel, String unit, int coSigners) {
    ProcessInstance pi = calledBy(submit(raised(channel, unit, "suggestion", null)));
    if (engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(CALL_TO_THANK)
            .count()
        > 0) {
      completeAs(
          "clerk",
          "front-desk",
          pi,
          CALL_TO_THANK,
          variables(THANK_CALL_NOTE.of("Thanked by phone")));
    }
    completeAs(
        "clerk",
        "front-desk",
        pi,
        RECORD_SUGGESTION,
        variables(
            CO_SIGNERS.of(coSigners), SUGGESTION_SUMMARY.of("Plant trees along the east path")));
    return pi;
  }

  @Test
  void writtenSuggestionNotHandedOverGetsAnImmediateThankYouCall_SUG01_SUG02() {
    ProcessInstance pi = calledBy(submit(raised("suggestion-box", "2-1201", "suggestion", null)));

    Task call = openTask(pi, CALL_TO_THANK);
    assertThat(call.getDueDate()).isEqualTo(Date.from(now().plus(Duration.ofHours(1))));
    completeAs("clerk", "front-desk", pi, CALL_TO_THANK, variables(THANK_CALL_NOTE.of("Thanked")));
    assertThat(clock(pi, Rules.SUG_02, 0).getMetAt()).isEqualTo(now());
    assertThat(pi).isWaitingAt(RECORD_SUGGESTION);
  }

  @Test
  void suggestionByEmailIsThankedAtOnceByEmail_SUG01() {
    ProcessInstance pi = calledBy(submit(raised("email", "1-0502", "suggestion", null)));

    assertThat(pi).isWaitingAt(RECORD_SUGGESTION).hasNotPassed(CALL_TO_THANK);
  }

  @ParameterizedTest(name = "{0} co-signers, unit {1} -> {2}")
  @CsvSource({
    "5, 2-1201, cs-head",
    "6, 2-1201, centre-manager",
    "1, 5-1603, centre-manager",
    "1, 1-0502, cs-head"
  })
  void moreThanFiveCoSignersOrAnImportantOwnerGoToTheCentreManager_SUG03(
      int coSigners, String unit, String deciders) {
    ProcessInstance pi = recordedSuggestion("walk-in", unit, coSigners);

    assertThat(candidateGroups(pi, DECIDE_SUGGESTION)).containsExactly(deciders);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "letter, Task_ReplyByLetter",
    "suggestion-box, Task_ReplyByLetter",
    "phone, Task_ReplyByPhoneOrVisit",
    "walk-in, Task_ReplyByPhoneOrVisit",
    "app, Task_ReplyByPhoneOrVisit"
  })
  void theReplyUsesTheSuggestionsChannel_SUG04(String channel, String replyTask) {
    ProcessInstance pi = recordedSuggestion(channel, "2-1201", 1);
    completeAs(
        "cshead",
        "cs-head",
        pi,
        DECIDE_SUGGESTION,
        variables(ADOPTED.of(false), DECISION_REASONS.of("No budget this year")));

    assertThat(pi).isWaitingAt(replyTask);
  }

  @Test
  void suggestionByEmailIsAnsweredByEmail_SUG04() {
    ProcessInstance pi = recordedSuggestion("email", "1-0502", 1);
    completeAs(
        "cshead",
        "cs-head",
        pi,
        DECIDE_SUGGESTION,
        variables(ADOPTED.of(false), DECISION_REASONS.of("No budget this year")));

    assertThat(pi).hasPassed(EMAIL_REPLY).isWaitingAt(SUGGESTION_CALLBACK);
    assertThat(outbox.findByCaseIdAndPurpose(caseId(pi), MessagePurpose.TOPIC_REPLY))
        .extracting(OutboxMessage::getBody)
        .anySatisfy(b -> assertThat(b).contains("No budget this year"));
  }

  @Test
  void adoptedSuggestionKeepsTheResidentInformedUntilDoneThenIsFiled_SUG04_SUG05() {
    ProcessInstance pi = recordedSuggestion("walk-in", "2-1201", 2);
    completeAs(
        "cshead",
        "cs-head",
        pi,
        DECIDE_SUGGESTION,
        variables(ADOPTED.of(true), DECISION_REASONS.of("Good idea")));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        REPLY_BY_PHONE_OR_VISIT,
        variables(REPLY_NOTE.of("Told in person")));

    completeAs(
        "cshead",
        "cs-head",
        pi,
        IMPLEMENTATION_UPDATE,
        variables(UPDATE.of("Trees ordered"), IMPLEMENTATION_DONE.of(false)));
    assertThat(pi).isWaitingAt(IMPLEMENTATION_UPDATE);
    completeAs(
        "cshead",
        "cs-head",
        pi,
        IMPLEMENTATION_UPDATE,
        variables(UPDATE.of("Trees planted"), IMPLEMENTATION_DONE.of(true)));
    callBack(pi, SUGGESTION_CALLBACK);

    assertThat(pi).isEnded();
    TopicCase filed = topics.of(caseId(pi));
    assertThat(filed.getAdopted()).isTrue();
    assertThat(filed.getFiledAt()).isNotNull();
    assertThat(caseFiles.sheet(caseId(pi)))
        .filteredOn(e -> IMPLEMENTATION_UPDATE.equals(e.getStep()))
        .hasSize(2);
  }
}
