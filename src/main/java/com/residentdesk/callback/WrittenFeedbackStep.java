package com.residentdesk.callback;

import static com.residentdesk.intake.ResidentRequestProcess.Field.FEEDBACK_METHOD;
import static com.residentdesk.intake.ResidentRequestProcess.Field.FEEDBACK_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HLP-07: written or electronic feedback within 24 hours of completion. By e-mail, the message is
 * put in the outbox in the same transaction as the task's completion, in the resident's language.
 */
@Component
class WrittenFeedbackStep extends TaskStep {

  static final String EMAIL = "email";
  private static final List<String> METHODS = List.of(EMAIL, "letter", "in-person");

  private final ResidentMail mail;
  private final Deadlines deadlines;
  private final DeskClock clock;

  WrittenFeedbackStep(ResidentMail mail, Deadlines deadlines, DeskClock clock) {
    super(
        ResidentRequestProcess.Element.SEND_WRITTEN_FEEDBACK,
        Rules.HLP_07,
        onSheet(FEEDBACK_METHOD, "Feedback given by"),
        onSheet(FEEDBACK_NOTE, "Note"));
    this.mail = mail;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String method = form.oneOf(FEEDBACK_METHOD, "The feedback method", METHODS);
    if (EMAIL.equals(method)
        && !mail.send(
            serviceCase,
            MessagePurpose.WRITTEN_FEEDBACK,
            "feedback",
            "written-feedback",
            serviceCase.getHandlingResult())) {
      throw new InvalidEntryException(
          FEEDBACK_METHOD.name(),
          "住户没有登记电子邮箱：请用信件或当面反馈 / feedbackMethod: the resident has no e-mail address on file; give the feedback by letter or in person");
    }
    serviceCase.recordFeedbackSent(clock.now());
    deadlines.meet(serviceCase.getId(), Rules.HLP_07);
  }
}
