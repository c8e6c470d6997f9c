package com.residentdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.support.ModelTestSupport;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of complaint-severity (CMP-02, CMP-03). */
class ComplaintSeverityDecisionTest extends ModelTestSupport {

  @ParameterizedTest(name = "valid={0} repeated={1} loss={2} failure={3} -> {4}")
  @CsvSource({
    "false, true,  true,  true,  invalid,   front-desk",
    "true,  true,  false, false, major,     centre-manager",
    "true,  false, true,  false, major,     centre-manager",
    "true,  true,  true,  true,  major,     centre-manager",
    "true,  false, false, true,  important, centre-manager",
    "true,  false, false, false, general,   'cs-head,supervisor'",
  })
  void severityAndHandlersFollowTheFactsAtAcceptance_CMP02_CMP03(
      boolean valid,
      boolean repeated,
      boolean loss,
      boolean failure,
      String severity,
      String handlers) {
    var result =
        engine
            .getDecisionService()
            .evaluateDecisionTableByKey(
                "complaint-severity",
                Variables.createVariables()
                    .putValue("valid", valid)
                    .putValue("repeatedRequestsIgnored", repeated)
                    .putValue("seriousLossOrInjury", loss)
                    .putValue("managementOrServiceFailure", failure))
            .getSingleResult();

    assertThat(result.getEntryMap())
        .containsEntry("severity", severity)
        .containsEntry("handlerGroups", handlers);
  }
}
