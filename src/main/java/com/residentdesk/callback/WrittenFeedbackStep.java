package com.residentdesk.callback;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * HLP-07: written or electronic feedback within 24 hours of completion. By e-mail, the message is
 * put in the outbox in the same transaction as the task's completion, in the resident's language.
 */
@Component
class WrittenFeedbackStep implements TaskStep {

  static final String EMAIL = "email";
  private static final List<String> METHODS = List.of(EMAIL, "letter", "in-person");
  private static final Map<String, String> SHEET = new LinkedHashMap<>();

  static {
    SHEET.put("feedbackMethod", "Feedback given by");
    SHEET.put("feedbackNote", "Note");
  }

  private final ResidentMail mail;
  private final Deadlines deadlines;
  private final DeskClock clock;

  WrittenFeedbackStep(ResidentMail mail, Deadlines deadlines, DeskClock clock) {
    this.mail = mail;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.SEND_WRITTEN_FEEDBACK;
  }

  @Override
  public String ruleId() {
    return Rules.HLP_07;
  }

  @Override
  public Map<String, String> sheetFields() {
    return SHEET;
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    String method = TaskStep.oneOf(task, "feedbackMethod", "The feedback method", METHODS);
    if (EMAIL.equals(method)
        && !mail.send(
            serviceCase,
            MessagePurpose.WRITTEN_FEEDBACK,
            "feedback",
            "written-feedback",
            serviceCase.getHandlingResult())) {
      throw new InvalidEntryException(
          "feedbackMethod",
          "feedbackMethod: the resident has no e-mail address on file; give the feedback by letter or in person");
    }
    serviceCase.recordFeedbackSent(clock.now());
    deadlines.meet(serviceCase.getId(), Rules.HLP_07);
  }
}
