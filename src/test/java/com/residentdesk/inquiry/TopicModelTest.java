package com.residentdesk.inquiry;

import static com.residentdesk.casefile.CaseVariables.TASK_PRIORITY;
import static com.residentdesk.inquiry.ChallengeProcess.Var.CHALLENGE_OUTCOME;
import static com.residentdesk.inquiry.ChallengeProcess.Var.CHALLENGE_SENSITIVE;
import static com.residentdesk.inquiry.ChallengeProcess.Var.REPLY_APPROVED;
import static com.residentdesk.inquiry.InquiryProcess.Var.INQUIRY_OUTCOME;
import static com.residentdesk.inquiry.SuggestionProcess.Var.ADOPTED;
import static com.residentdesk.inquiry.SuggestionProcess.Var.IMPLEMENTATION_DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import com.residentdesk.inquiry.ChallengeProcess.Element;
import com.residentdesk.support.ModelTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every gateway path of inquiry-handling, challenge-handling, suggestion-handling and
 * unified-answer, on the bare engine with mocked beans.
 */
class TopicModelTest extends ModelTestSupport {

  // ---- inquiries -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource({"answered", "out-of-scope"})
  void anInquiryAnsweredAtTheDeskOrOutOfScopeIsClosedAtOnce_INQ01_INQ02(String outcome) {
    ProcessInstance pi = start(InquiryProcess.KEY, TASK_PRIORITY.of(50));
    assertThat(pi).hasPassed(InquiryProcess.Element.OPEN_INQUIRY);

    complete(pi, InquiryProcess.Element.ANSWER_INQUIRY, INQUIRY_OUTCOME.of(outcome));

    assertThat(pi).isEnded().hasPassed(InquiryProcess.Element.CLOSE_INQUIRY);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"reply-later, Task_ReplyWhenClarified", "refer, Task_RegionalResearch"})
  void anInquiryIsRepliedOnceClarifiedOrReferredToTheRegionalManager_INQ01_INQ03(
      String outcome, String next) {
    ProcessInstance pi = start(InquiryProcess.KEY, TASK_PRIORITY.of(50));

    complete(pi, InquiryProcess.Element.ANSWER_INQUIRY, INQUIRY_OUTCOME.of(outcome));

    assertThat(pi).isWaitingAt(next);
  }

  @Test
  void aReferredInquiryIsResearchedByTheBuildingsRegionalManagerAndCalledBack_INQ03_CB01() {
    ProcessInstance pi = start(InquiryProcess.KEY, TASK_PRIORITY.of(50));
    complete(pi, InquiryProcess.Element.ANSWER_INQUIRY, INQUIRY_OUTCOME.of("refer"));

    assertThat(task(pi, InquiryProcess.Element.REGIONAL_RESEARCH).getAssignee())
        .isEqualTo("regional");
    complete(pi, InquiryProcess.Element.REGIONAL_RESEARCH);
    complete(pi, InquiryProcess.Element.INQUIRY_CALLBACK);
    assertThat(pi).isEnded().hasPassed(InquiryProcess.Element.CLOSE_INQUIRY);
  }

  // ---- challenges ------------------------------------------------------------------------------

  private ProcessInstance challenge(boolean sensitive) {
    stub("openTopicCaseDelegate", execution -> CHALLENGE_SENSITIVE.set(execution, sensitive));
    return start(ChallengeProcess.KEY, TASK_PRIORITY.of(50));
  }

  @Test
  void aChallengeSettledAtTheDeskIsFiled_CHA01() {
    ProcessInstance pi = challenge(false);

    complete(pi, Element.EXPLAIN_CHALLENGE, CHALLENGE_OUTCOME.of("resolved"));

    assertThat(pi)
        .isEnded()
        .hasPassed(Element.CLOSE_CHALLENGE)
        .hasNotPassed(Element.DRAFT_CHALLENGE_REPLY);
  }

  @Test
  void anOrdinaryChallengeReplyNeedsNoApproval_CHA02() {
    ProcessInstance pi = challenge(false);
    complete(pi, Element.EXPLAIN_CHALLENGE, CHALLENGE_OUTCOME.of("refer"));

    complete(pi, Element.DRAFT_CHALLENGE_REPLY);

    assertThat(pi).isWaitingAt(Element.GIVE_CHALLENGE_REPLY).hasNotPassed(Element.APPROVE_REPLY);
  }

  @Test
  void aSensitiveReplyIsApprovedOrReturnedForANewDraft_CHA03() {
    ProcessInstance pi = challenge(true);
    complete(pi, Element.EXPLAIN_CHALLENGE, CHALLENGE_OUTCOME.of("refer"));
    complete(pi, Element.DRAFT_CHALLENGE_REPLY);
    assertThat(pi).isWaitingAt(Element.APPROVE_REPLY).task().hasCandidateGroup("cs-head");

    complete(pi, Element.APPROVE_REPLY, REPLY_APPROVED.of(false));
    assertThat(pi).isWaitingAt(Element.DRAFT_CHALLENGE_REPLY);
    complete(pi, Element.DRAFT_CHALLENGE_REPLY);
    complete(pi, Element.APPROVE_REPLY, REPLY_APPROVED.of(true));

    assertThat(pi).isWaitingAt(Element.GIVE_CHALLENGE_REPLY);
    complete(pi, Element.GIVE_CHALLENGE_REPLY);
    complete(pi, Element.CHALLENGE_CALLBACK);
    assertThat(pi).isEnded().hasPassed(Element.CLOSE_CHALLENGE);
  }

  // ---- suggestions -----------------------------------------------------------------------------

  private ProcessInstance suggestion(boolean thankYouCall, String replyChannel) {
    when(suggestions.needsThankYouCall(anyLong())).thenReturn(thankYouCall);
    when(suggestions.replyChannel(anyLong())).thenReturn(replyChannel);
    return start(SuggestionProcess.KEY, TASK_PRIORITY.of(50));
  }

  @Test
  void aWrittenSuggestionIsThankedByPhoneFirst_SUG02() {
    ProcessInstance pi = suggestion(true, "letter");

    assertThat(pi)
        .hasPassed(SuggestionProcess.Element.THANK_RESIDENT)
        .isWaitingAt(SuggestionProcess.Element.CALL_TO_THANK);
    complete(pi, SuggestionProcess.Element.CALL_TO_THANK);
    assertThat(pi).isWaitingAt(SuggestionProcess.Element.RECORD_SUGGESTION);
  }

  @ParameterizedTest(name = "reply by {0} -> {1}")
  @CsvSource({
    "letter, Task_ReplyByLetter",
    "email, Task_EmailReply",
    "in-person, Task_ReplyByPhoneOrVisit"
  })
  void theDecisionGoesBackTheWayTheSuggestionCame_SUG04(String channel, String replyTask) {
    ProcessInstance pi = suggestion(false, channel);
    complete(pi, SuggestionProcess.Element.RECORD_SUGGESTION);
    assertThat(pi).task(SuggestionProcess.Element.DECIDE_SUGGESTION).hasCandidateGroup("cs-head");

    complete(pi, SuggestionProcess.Element.DECIDE_SUGGESTION, ADOPTED.of(false));
    if (!"email".equals(channel)) {
      complete(pi, replyTask);
    }

    assertThat(pi).hasPassed(replyTask).isWaitingAt(SuggestionProcess.Element.SUGGESTION_CALLBACK);
  }

  @Test
  void anAdoptedSuggestionGetsUpdatesUntilItIsDone_SUG04_SUG05() {
    ProcessInstance pi = suggestion(false, "in-person");
    complete(pi, SuggestionProcess.Element.RECORD_SUGGESTION);
    complete(pi, SuggestionProcess.Element.DECIDE_SUGGESTION, ADOPTED.of(true));
    complete(pi, SuggestionProcess.Element.REPLY_BY_PHONE_OR_VISIT);

    complete(pi, SuggestionProcess.Element.IMPLEMENTATION_UPDATE, IMPLEMENTATION_DONE.of(false));
    assertThat(pi).isWaitingAt(SuggestionProcess.Element.IMPLEMENTATION_UPDATE);
    complete(pi, SuggestionProcess.Element.IMPLEMENTATION_UPDATE, IMPLEMENTATION_DONE.of(true));
    complete(pi, SuggestionProcess.Element.SUGGESTION_CALLBACK);

    assertThat(pi).isEnded().hasPassed(SuggestionProcess.Element.CLOSE_SUGGESTION);
  }

  // ---- unified answers -------------------------------------------------------------------------

  @Test
  void theHeadApprovesTheUnifiedAnswerAndTheDeskIsTold_CHA04() {
    ProcessInstance pi =
        start(UnifiedAnswerProcess.KEY, UnifiedAnswerProcess.Var.TOPIC.of("parking-fee"));
    assertThat(pi)
        .isWaitingAt(UnifiedAnswerProcess.Element.APPROVE_UNIFIED_ANSWER)
        .task()
        .hasCandidateGroup("cs-head");

    complete(pi, UnifiedAnswerProcess.Element.APPROVE_UNIFIED_ANSWER);

    assertThat(pi).isEnded().hasPassed(UnifiedAnswerProcess.Element.PUBLISH_UNIFIED_ANSWER);
    assertThat(delegatesRun).containsExactly("publishUnifiedAnswerDelegate");
  }
}
