package com.residentdesk.operations;

import static com.residentdesk.intake.ResidentRequestProcess.Element.ACKNOWLEDGEMENT_DUE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.OutboxMessage;
import com.residentdesk.notification.OutboxSender;
import com.residentdesk.support.ProcessTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * One structured line per outcome (case registered, deadline missed, mail not delivered), with the
 * case number and never the resident's name, phone or address; in the json-logs profile's format
 * (ECS) the pairs become JSON fields.
 */
class OutcomeLogTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired OutboxSender sender;

  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Logger logger;

  @BeforeEach
  void captureOutcomeLines() {
    // no SMTP server listens in this class: every delivery fails. Messages other classes left
    // due are tried (and pushed back) first, so that only this test's are due below.
    while (outbox.findAll().stream().anyMatch(this::due)) {
      sender.sendDue();
    }
    logger = (Logger) LoggerFactory.getLogger(OutcomeLog.class);
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void stopCapturing() {
    logger.detachAppender(lines);
  }

  @Test
  void registeredMissedAndUndeliveredAreOneStructuredLineEach_INT06() throws Exception {
    ProcessInstance instance = submit(smallRepairByApp());
    ServiceCase serviceCase = caseOf(instance);
    String number = serviceCase.getCaseNumber();

    sender.sendDue();
    fire(timer(instance, ACKNOWLEDGEMENT_DUE));

    ILoggingEvent registered = only("case.registered", number);
    ILoggingEvent missed = only("deadline.missed", number);
    ILoggingEvent undelivered = only("mail.failed", number);
    assertThat(registered.getFormattedMessage())
        .isEqualTo("Case " + number + " registered: category repair, channel app");
    assertThat(missed.getFormattedMessage())
        .startsWith("Case " + number + " missed deadline INT-04");
    assertThat(undelivered.getFormattedMessage()).contains("for case " + number, "attempt 1");

    StructuredLogEncoder ecs = ecsEncoder();
    for (ILoggingEvent line : List.of(registered, missed, undelivered)) {
      String json = new String(ecs.encode(line), StandardCharsets.UTF_8);
      JsonNode fields = JSON.readTree(json);
      assertThat(fields.path("caseNumber").asText()).as(json).isEqualTo(number);
      assertThat(fields.path("event").asText()).as(json).isNotBlank();
      assertThat(json)
          .doesNotContain(serviceCase.getRequest().residentName())
          .doesNotContain(serviceCase.getRequest().phone())
          .doesNotContain(serviceCase.getRequest().email())
          .doesNotContain(serviceCase.getRequest().description());
    }
    JsonNode missedFields = JSON.readTree(ecs.encode(missed));
    assertThat(missedFields.path("rule").asText()).isEqualTo("INT-04");
    assertThat(missedFields.path("escalatedTo").asText()).isEqualTo("supervisor");
    assertThat(missedFields.path("log").path("level").asText()).isEqualTo("WARN");
    JsonNode registeredFields = JSON.readTree(ecs.encode(registered));
    assertThat(registeredFields.path("category").asText()).isEqualTo("repair");
    assertThat(registeredFields.path("channel").asText()).isEqualTo("app");
  }

  /** The one captured line of an outcome for the case. */
  private ILoggingEvent only(String outcome, String caseNumber) {
    List<ILoggingEvent> matching =
        lines.list.stream()
            .filter(
                line ->
                    line.getKeyValuePairs() != null
                        && line.getKeyValuePairs().stream()
                            .anyMatch(p -> p.key.equals("event") && p.value.equals(outcome))
                        && line.getKeyValuePairs().stream()
                            .anyMatch(
                                p -> p.key.equals("caseNumber") && caseNumber.equals(p.value)))
            .toList();
    assertThat(matching).as("%s lines of %s", outcome, caseNumber).hasSize(1);
    return matching.get(0);
  }

  private boolean due(OutboxMessage message) {
    return message.getStatus() == OutboxMessage.Status.PENDING
        && !message.getNextAttemptAt().isAfter(now());
  }

  /** The console encoder of the json-logs profile (logging.structured.format.console=ecs). */
  private static StructuredLogEncoder ecsEncoder() {
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setFormat("ecs");
    encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
    encoder.start();
    return encoder;
  }
}
