package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.SuggestionProcess.Field.UPDATE;
import static com.residentdesk.inquiry.SuggestionProcess.Var.IMPLEMENTATION_DONE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import org.springframework.stereotype.Component;

/** SUG-04: an adopted suggestion's resident hears how implementation goes, until it is done. */
@Component
class ImplementationUpdateStep extends TaskStep {

  private final ResidentMail mail;
  private final Suggestions suggestions;

  ImplementationUpdateStep(ResidentMail mail, Suggestions suggestions) {
    super(
        SuggestionProcess.Element.IMPLEMENTATION_UPDATE,
        "SUG-04",
        outcome(IMPLEMENTATION_DONE),
        onSheet(UPDATE, "Implementation update"));
    this.mail = mail;
    this.suggestions = suggestions;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String update = form.required(UPDATE, "The update");
    form.set(IMPLEMENTATION_DONE, form.flag(IMPLEMENTATION_DONE));
    if ("email".equals(suggestions.replyChannel(serviceCase.getId()))) {
      mail.send(
          serviceCase,
          MessagePurpose.TOPIC_REPLY,
          "implementationUpdate",
          "implementation-update-" + form.taskId(),
          update);
    }
  }
}
