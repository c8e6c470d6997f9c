package com.residentdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.complaint.ComplaintProcess;
import com.residentdesk.support.HttpTestSupport;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

/**
 * A user's mistake or a refused change is not an operator's problem: no ERROR, no stack trace and
 * nothing the resident said in the log, on /engine-rest (where Tasklist completes tasks) and /api.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusalLoggingTest extends HttpTestSupport {

  private static final String NAME = "欧阳不存在";

  @Test
  void refusedCompletionsAndChangesLogNoErrorAndNoPersonalData_INT06(CapturedOutput output) {
    Map<String, Object> complaint = new HashMap<>(newCase("complaint", null));
    complaint.put("unit", "1-0502");
    complaint.put("residentName", NAME);
    String number = numberOf(submit("clerk", complaint));
    Task accept =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(number)
            .taskDefinitionKey(ComplaintProcess.Element.ACCEPT_COMPLAINT)
            .singleResult();
    int before = output.length();

    Reply mismatch =
        as("clerk")
            .post(
                "/engine-rest/task/" + accept.getId() + "/complete",
                Map.of(
                    "variables",
                    Map.of(
                        "identityVerified", Map.of("value", true),
                        "valid", Map.of("value", "true"),
                        "complaintSummary", Map.of("value", NAME + " 投诉电梯"))));
    Reply auditorDelete = as("auditor").delete("/engine-rest/task/" + accept.getId());
    Reply badApiInput = as("clerk").post("/api/cases", Map.of("unit", NAME));
    Reply unknownCase = as("clerk").get("/api/cases/RS-20000101-9999");

    assertThat(mismatch.status()).as("%s", mismatch).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(auditorDelete.status()).as("%s", auditorDelete).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(badApiInput.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownCase.status()).isEqualTo(HttpStatus.NOT_FOUND);
    String logged = output.toString().substring(before);
    assertThat(logged)
        .doesNotContain(" ERROR ")
        .doesNotContain(" WARN ")
        .doesNotContain("\tat ")
        .doesNotContain(NAME);
  }
}
