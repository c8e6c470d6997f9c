package com.residentdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.Coded;
import com.residentdesk.support.ModelTestSupport;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the {@code triage} decision table (CAT-01, CAT-04) and the rule that matched it. */
class TriageDecisionTest extends ModelTestSupport {

  private static final AtomicInteger EVALUATIONS = new AtomicInteger();

  private DmnDecisionRuleResult triage(String category, String subcategory) {
    // each evaluation gets its own second, so the history query below finds exactly this one
    advance(Duration.ofSeconds(EVALUATIONS.incrementAndGet()));
    return engine
        .getDecisionService()
        .evaluateDecisionTableByKey(
            "triage",
            Variables.createVariables()
                .putValue("category", category)
                .putValue("subcategory", subcategory))
        .getSingleResult();
  }

  /** The rule that matched this test's own evaluation: standalone, at this test's own second. */
  private String matchedRule() {
    Date evaluatedAt = ClockUtil.getCurrentTime();
    HistoricDecisionInstance evaluation =
        engine
            .getHistoryService()
            .createHistoricDecisionInstanceQuery()
            .decisionDefinitionKey("triage")
            .includeOutputs()
            .list()
            .stream()
            .filter(
                d -> d.getProcessInstanceId() == null && d.getEvaluationTime().equals(evaluatedAt))
            .findFirst()
            .orElseThrow();
    return evaluation.getOutputs().get(0).getRuleId();
  }

  @ParameterizedTest(name = "{0}/{1} -> {2} {3} {4}")
  @CsvSource({
    // category,        subcategory,   priority,   taskPrio, group,        emergency, trialRun,
    // dispatch, resolve, rule
    "medical-emergency, '',            emergency,  100, security,    true,  false, PT5M,  PT30M, Rule_MedicalEmergency",
    "public-safety,     fight,         emergency,  100, security,    true,  false, PT5M,  PT30M, Rule_PublicSafety",
    "disaster,          flooding,      emergency,  100, engineering, true,  false, PT5M,  PT30M, Rule_DisasterFlooding",
    "disaster,          typhoon,       emergency,  100, security,    true,  false, PT5M,  PT30M, Rule_Disaster",
    "repair,            burst-pipe,    emergency,  100, engineering, true,  true,  PT5M,  PT30M, Rule_RepairEmergency",
    "repair,            critical-leak, emergency,  100, engineering, true,  true,  PT5M,  PT30M, Rule_RepairEmergency",
    "repair,            power-outage,  emergency,  100, engineering, true,  true,  PT5M,  PT30M, Rule_RepairEmergency",
    "repair,            big,           normal,     50,  engineering, false, true,  PT24H, P3D,   Rule_RepairBig",
    "repair,            small,         normal,     50,  engineering, false, true,  PT24H, PT24H, Rule_Repair",
    "repair,            '',            normal,     50,  engineering, false, true,  PT24H, PT24H, Rule_Repair",
    "everyday-help,     lockout,       urgent,     75,  security,    false, false, PT1H,  PT24H, Rule_Lockout",
    "everyday-help,     parcel,        normal,     50,  security,    false, false, PT24H, PT24H, Rule_EverydayHelp",
    "complaint,         '',            normal,     50,  cs-head,     false, false, PT24H, P3D,   Rule_Complaint",
    "inquiry,           '',            low,        25,  front-desk,  false, false, PT24H, PT24H, Rule_Inquiry",
    "challenge,         fee,           normal,     50,  front-desk,  false, false, PT24H, P3D,   Rule_Challenge",
    "suggestion,        '',            low,        25,  cs-head,     false, false, PT24H, P3D,   Rule_Suggestion",
    "unheard-of,        '',            normal,     50,  front-desk,  false, false, PT24H, PT24H, Rule_Unknown",
  })
  void everyRowDecidesPriorityGroupAndDeadlines_CAT01_CAT04(
      String category,
      String subcategory,
      String priority,
      int taskPriority,
      String group,
      boolean emergency,
      boolean trialRun,
      String dispatchWithin,
      String resolveWithin,
      String rule) {
    DmnDecisionRuleResult result = triage(category, subcategory);

    assertThat(result.getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "priority",
                priority,
                "taskPriority",
                taskPriority,
                "handlingGroup",
                group,
                "emergency",
                emergency,
                "trialRun",
                trialRun,
                "dispatchWithin",
                dispatchWithin,
                "resolveWithin",
                resolveWithin));
    assertThat(matchedRule()).isEqualTo(rule);
  }

  /** A paid special service is a booking: no dispatch or fix deadline runs from its receipt. */
  @Test
  void aSpecialServiceHasNoDeadlineFromReceipt_SVC16() {
    DmnDecisionRuleResult result = triage("special-service", "housekeeping");

    assertThat(matchedRule()).isEqualTo("Rule_SpecialService");
    assertThat(result.getEntryMap())
        .containsEntry("handlingGroup", "front-desk")
        .containsEntry("emergency", false)
        .containsEntry("trialRun", false)
        .doesNotContainKeys("dispatchWithin", "resolveWithin");
  }

  static Iterable<String> categories() {
    return Coded.codes(Category.class);
  }

  @ParameterizedTest
  @MethodSource("categories")
  void everyCategoryOfCat01HasItsOwnRow_CAT01(String category) {
    triage(category, "");

    assertThat(matchedRule()).isNotEqualTo("Rule_Unknown");
  }
}
