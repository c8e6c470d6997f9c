package com.residentdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.provisioning.OperatorAccount;
import com.residentdesk.support.HttpTestSupport;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * What an operator sees at /actuator/prometheus moves with what happens to requests, and nobody
 * else sees it: staff get the health status only, never metrics or the health components.
 */
class OperationsMetricsTest extends HttpTestSupport {

  @Autowired BacklogGauges backlog;

  @Test
  void scrapeCountsTheRegisteredCaseAndTheMissedDeadline_INT02_INT04() {
    Scrape before = Scrape.of(port, "operator");
    Map<String, Object> request = newCase("repair", "small");

    String number = numberOf(submit("webform", request));
    forceAcknowledgementBreach(number);
    backlog.refresh();
    Scrape after = Scrape.of(port, "operator");

    String registered =
        "desk_cases_registered_total{application=\"resident-service-desk\","
            + "category=\"repair\",channel=\"app\"}";
    String missed =
        "desk_deadlines_missed_total{application=\"resident-service-desk\",rule=\"INT-04\"}";
    assertThat(after.value(registered) - before.value(registered)).isEqualTo(1);
    assertThat(after.value(missed) - before.value(missed)).isEqualTo(1);
    assertThat(after.value("desk_escalations_open{application=\"resident-service-desk\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(after.value("desk_outbox_pending{application=\"resident-service-desk\"}"))
        .as("the acknowledgement and the breach mails wait (the poller is off in tests)")
        .isGreaterThanOrEqualTo(2);
    assertThat(
            after.value(
                "desk_deadlines_running{application=\"resident-service-desk\",rule=\"CAT-04\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(after.value("desk_readiness{application=\"resident-service-desk\"}")).isEqualTo(1);
    assertThat(after.text())
        .as("no case number, name or phone number in any tag")
        .doesNotContain(number)
        .doesNotContain((String) request.get("residentName"))
        .doesNotContain((String) request.get("phone"));
  }

  @Test
  void scrapeHasTheBasicsAnOperatorWatches() {
    as("clerk").get("/actuator/health");

    Scrape scrape = Scrape.of(port, "operator");

    assertThat(scrape.names())
        .contains(
            "http_server_requests_seconds_bucket",
            "jvm_memory_used_bytes",
            "hikaricp_connections_active",
            "hikaricp_connections_pending",
            "desk_outbox_oldest_age_seconds",
            "desk_mail_failures_total",
            "camunda_jobs_acquired_total",
            "camunda_jobs_executed_total",
            "camunda_jobs_backlog",
            "camunda_incidents_open");
  }

  @ParameterizedTest
  @ValueSource(strings = {"clerk", "guard", "engineer", "manager", "auditor", "webform"})
  void staffCannotReadMetrics_INT06(String user) {
    for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics"}) {
      Reply reply = as(user).get(path);

      JsonNode problem = assertProblem(reply, HttpStatus.FORBIDDEN);
      assertThat(problem.path("detail").asText()).isEqualTo("Your groups do not allow this");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"clerk", "guard", "engineer", "manager", "auditor", "webform"})
  void staffSeeTheHealthStatusButNoDetails_INT06(String user) {
    for (String path :
        new String[] {
          "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"
        }) {
      Reply reply = as(user).get(path);

      assertThat(reply.status()).as("%s %s", path, reply).isEqualTo(HttpStatus.OK);
      assertThat(reply.json().path("status").asText()).isEqualTo("UP");
      assertThat(reply.body())
          .as(path)
          .doesNotContain("components")
          .doesNotContain("details")
          .doesNotContain("database");
    }
    assertThat(as(user).get("/actuator/health/db").status())
        .as("a single component is not there for staff")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"operator", "admin"})
  void operatorsAndTheAdministratorSeeHealthDetailsAndMetrics(String user) {
    Reply health = as(user).get("/actuator/health");
    Reply database = as(user).get("/actuator/health/db");
    Reply metrics = as(user).get("/actuator/metrics/desk.outbox.pending");

    assertThat(health.status()).as("%s", health).isEqualTo(HttpStatus.OK);
    JsonNode components = health.json().path("components");
    assertThat(components.path("db").path("details").path("database").asText()).isNotBlank();
    assertThat(components.has("processEngine")).as(health.body()).isTrue();
    assertThat(database.json().path("details").path("database").asText()).isNotBlank();
    assertThat(metrics.status()).as("%s", metrics).isEqualTo(HttpStatus.OK);
    assertThat(metrics.json().path("name").asText()).isEqualTo("desk.outbox.pending");
    assertThat(Scrape.of(port, user).names()).contains("desk_cases_registered_total");
  }

  @Test
  void theOperatorReadsNoCase_INT06() {
    String number = numberOf(submit("clerk", newCase("repair", null)));

    assertProblem(as("operator").get("/api/cases/{number}", number), HttpStatus.FORBIDDEN);
    assertProblem(as("operator").get("/api/cases"), HttpStatus.FORBIDDEN);
    assertThat(as("operator").get("/engine-rest/task").json()).isEmpty();
  }

  @Test
  void metricsNeedAnAccount_INT06() {
    assertProblem(anonymous().get("/actuator/prometheus"), HttpStatus.UNAUTHORIZED);
    assertProblem(anonymous().get("/actuator/health/liveness"), HttpStatus.UNAUTHORIZED);
  }

  @Test
  void monitoringAccountFromTheEnvironmentScrapesAndReadsNothingElse_INT06() {
    String user = "prometheus" + uniquePhone();
    OperatorAccount account =
        new OperatorAccount(
            new OperationsProperties(null, user, "scrape-secret"), engine.getIdentityService());

    account.provision();
    account.provision(); // every start: nothing changes

    assertThat(Scrape.of(port, user, "scrape-secret").names())
        .contains("desk_cases_registered_total");
    assertProblem(withPassword(user, "scrape-secret").get("/api/cases"), HttpStatus.FORBIDDEN);
    assertThat(
            engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId))
        .containsExactly("operator");
  }

  @Test
  void monitoringAccountWithoutPasswordStopsTheStart() {
    OperatorAccount account =
        new OperatorAccount(
            new OperationsProperties(null, "prometheus", " "), engine.getIdentityService());

    org.assertj.core.api.Assertions.assertThatThrownBy(account::provision)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DESK_OPERATOR_PASSWORD");
  }

  /** The INT-04 timer fires with the acknowledgement still in the outbox: a breach. */
  private void forceAcknowledgementBreach(String caseNumber) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(ResidentRequestProcess.KEY)
            .singleResult();
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(ResidentRequestProcess.Element.ACKNOWLEDGEMENT_DUE)
            .singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }
}
