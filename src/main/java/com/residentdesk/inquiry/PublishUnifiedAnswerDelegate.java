package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.UnifiedAnswerProcess.Var.CASE_ID;
import static com.residentdesk.inquiry.UnifiedAnswerProcess.Var.TOPIC;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CHA-04: the front desk learns there is a new unified answer to use. */
@Component("publishUnifiedAnswerDelegate")
class PublishUnifiedAnswerDelegate implements JavaDelegate {

  private final StaffNotifier notifier;

  PublishUnifiedAnswerDelegate(StaffNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String topic = TOPIC.from(execution);
    // the answer is the property's: the process runs in the property's tenant
    notifier.notifyGroup(
        StaffGroups.FRONT_DESK,
        execution.getTenantId(),
        "unified-answer-" + topic + "-" + execution.getProcessInstanceId(),
        CASE_ID.find(execution).orElse(null),
        MessagePurpose.TOPIC_REPLY,
        "New unified answer: " + topic,
        "The customer-service head approved a unified answer for '"
            + topic
            + "'. Tasklist shows it on every inquiry and challenge about this topic (CHA-04).");
  }
}
