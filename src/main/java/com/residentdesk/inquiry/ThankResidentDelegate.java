package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.SuggestionProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SUG-01: recorded and thanked at once (in person at the desk, else by e-mail when we have one).
 */
@Component("thankResidentDelegate")
class ThankResidentDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final ResidentMail mail;
  private final TopicFiles topics;

  ThankResidentDelegate(CaseFiles caseFiles, ResidentMail mail, TopicFiles topics) {
    this.caseFiles = caseFiles;
    this.mail = mail;
    this.topics = topics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    topics.open(serviceCase);
    boolean mailed =
        mail.send(serviceCase, MessagePurpose.TOPIC_REPLY, "suggestionThanks", "suggestion-thanks");
    caseFiles.record(
        serviceCase.getId(),
        SuggestionProcess.Element.THANK_RESIDENT,
        mailed
            ? "Suggestion recorded; thanked by e-mail"
            : "Suggestion recorded; thanked in person",
        null,
        "SUG-01");
  }
}
