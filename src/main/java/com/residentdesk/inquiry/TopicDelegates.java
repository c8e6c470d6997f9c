package com.residentdesk.inquiry;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseIds;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.Privileged;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the inquiry, challenge, suggestion and unified-answer processes. */
@Configuration
class TopicDelegates {

  /**
   * Opens the topic record. CHA-04: when enough households raise a topic without an approved
   * answer, the customer-service head is asked (once) to approve a unified answer.
   */
  @Bean
  JavaDelegate openTopicCaseDelegate(
      TopicFiles topics, CaseFiles caseFiles, RuntimeService runtimeService) {
    return execution -> {
      ServiceCase serviceCase = caseFiles.get(CaseIds.required(execution));
      TopicCase topicCase = topics.open(serviceCase);
      execution.setVariable(TopicProcesses.Var.CHALLENGE_SENSITIVE, topicCase.isSensitive());
      String topic = topicCase.getTopic();
      if (topic == null
          || topics.approvedAnswer(serviceCase.getId()).isPresent()
          || topics.householdsRaising(topic) < topics.repeatThreshold()) {
        return;
      }
      String businessKey = "topic:" + topic;
      boolean asked =
          Privileged.asSystem(
                  () ->
                      runtimeService
                          .createProcessInstanceQuery()
                          .processDefinitionKey(TopicProcesses.UNIFIED_ANSWER)
                          .processInstanceBusinessKey(businessKey)
                          .count())
              > 0;
      if (!asked) {
        Privileged.asSystem(
            () ->
                runtimeService.startProcessInstanceByKey(
                    TopicProcesses.UNIFIED_ANSWER,
                    businessKey,
                    Variables.createVariables()
                        .putValue(CaseIds.VARIABLE, serviceCase.getId())
                        .putValue(TopicProcesses.Var.TOPIC, topic)));
        caseFiles.record(
            serviceCase.getId(),
            "Task_OpenTopic",
            "Topic '" + topic + "' raised by several households: unified answer requested",
            null,
            "CHA-04");
      }
    };
  }

  /**
   * SUG-05: the closed case is archived; challenges and suggestions are filed in the owner file.
   */
  @Bean
  JavaDelegate closeTopicCaseDelegate(TopicFiles topics, CaseFiles caseFiles, DeskClock clock) {
    return execution -> {
      Long caseId = CaseIds.required(execution);
      topics.of(caseId).file(clock.now());
      caseFiles.get(caseId).archive(clock.now());
      caseFiles.record(
          caseId, "Task_CloseTopic", "Closed and filed in the owner file", null, "SUG-05");
    };
  }

  /**
   * SUG-01: recorded and thanked at once (in person at the desk, else by e-mail when we have one).
   */
  @Bean
  JavaDelegate thankResidentDelegate(CaseFiles caseFiles, ResidentMail mail, TopicFiles topics) {
    return execution -> {
      ServiceCase serviceCase = caseFiles.get(CaseIds.required(execution));
      topics.open(serviceCase);
      boolean mailed =
          mail.send(
              serviceCase, MessagePurpose.TOPIC_REPLY, "suggestionThanks", "suggestion-thanks");
      caseFiles.record(
          serviceCase.getId(),
          "Task_ThankResident",
          mailed
              ? "Suggestion recorded; thanked by e-mail"
              : "Suggestion recorded; thanked in person",
          null,
          "SUG-01");
    };
  }

  /** SUG-04: a suggestion made by e-mail is answered by e-mail. */
  @Bean
  JavaDelegate emailSuggestionReplyDelegate(
      CaseFiles caseFiles, TopicFiles topics, ResidentMail mail) {
    return execution -> {
      ServiceCase serviceCase = caseFiles.get(CaseIds.required(execution));
      TopicCase suggestion = topics.of(serviceCase.getId());
      String template =
          Boolean.TRUE.equals(suggestion.getAdopted())
              ? "suggestionAdopted"
              : "suggestionNotAdopted";
      mail.send(
          serviceCase,
          MessagePurpose.TOPIC_REPLY,
          template,
          "suggestion-decision",
          suggestion.getDecisionReasons());
      caseFiles.record(
          serviceCase.getId(),
          TopicProcesses.Element.EMAIL_REPLY,
          "Decision sent by e-mail",
          null,
          "SUG-04");
    };
  }

  /** CHA-04: the front desk learns there is a new unified answer to use. */
  @Bean
  JavaDelegate publishUnifiedAnswerDelegate(StaffNotifier notifier) {
    return execution -> {
      String topic = (String) execution.getVariable(TopicProcesses.Var.TOPIC);
      notifier.notifyGroup(
          StaffGroups.FRONT_DESK,
          "unified-answer-" + topic + "-" + execution.getProcessInstanceId(),
          CaseIds.of(execution),
          MessagePurpose.TOPIC_REPLY,
          "New unified answer: " + topic,
          "The customer-service head approved a unified answer for '"
              + topic
              + "'. Tasklist shows it on every inquiry and challenge about this topic (CHA-04).");
    };
  }
}
