package com.residentdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.support.HttpTestSupport;
import com.residentdesk.support.StatementCounter;
import com.residentdesk.support.StatementCounter.Measured;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

/**
 * INT-02 over HTTP: a resident's request posted to {@code POST /api/cases} costs its sign-in, the
 * intake and the answer, counted, not timed. Signing in reads the password every time, the caller's
 * groups and properties once in a while (PropertyMemberships), so a clerk's second request costs
 * the intake's budget plus the password check.
 */
@Import(StatementCounter.class)
class IntakeRequestStatementBudgetTest extends HttpTestSupport {

  /** The intake's own budget (IntakeStatementBudgetTest): sign-in within the cache time is free. */
  static final int REQUEST_BUDGET = IntakeStatementBudgetTest.STATEMENT_BUDGET;

  @Test
  void oneIntakeRequestIsOneCommitWithinTheBudget_INT02() {
    submit("clerk", newCase("repair", "small")); // signed in once: groups and properties kept

    Measured<Reply> request =
        StatementCounter.measureRequests(
            () -> as("clerk").post("/api/cases", newCase("repair", "small")));
    System.out.println("One intake over HTTP: " + request.cost());

    assertThat(request.result().status()).isEqualTo(HttpStatus.CREATED);
    assertThat(request.cost().commits()).as(request.cost().toString()).isEqualTo(1);
    assertThat(request.cost().statements())
        .as(String.join("\n", request.sql()))
        .isLessThanOrEqualTo(REQUEST_BUDGET);
  }
}
