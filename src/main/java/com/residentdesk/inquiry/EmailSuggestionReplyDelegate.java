package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.SuggestionProcess.Var.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SUG-04: a suggestion made by e-mail is answered by e-mail. */
@Component("emailSuggestionReplyDelegate")
class EmailSuggestionReplyDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final TopicFiles topics;
  private final ResidentMail mail;

  EmailSuggestionReplyDelegate(CaseFiles caseFiles, TopicFiles topics, ResidentMail mail) {
    this.caseFiles = caseFiles;
    this.topics = topics;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    TopicCase suggestion = topics.of(serviceCase.getId());
    String template =
        Boolean.TRUE.equals(suggestion.getAdopted()) ? "suggestionAdopted" : "suggestionNotAdopted";
    mail.send(
        serviceCase,
        MessagePurpose.TOPIC_REPLY,
        template,
        "suggestion-decision",
        suggestion.getDecisionReasons());
    caseFiles.record(
        serviceCase.getId(),
        SuggestionProcess.Element.EMAIL_REPLY,
        "Decision sent by e-mail",
        null,
        "SUG-04");
  }
}
