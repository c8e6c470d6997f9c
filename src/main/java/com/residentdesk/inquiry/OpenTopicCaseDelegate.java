package com.residentdesk.inquiry;

import static com.residentdesk.casefile.CaseVariables.CASE_ID;
import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.inquiry.ChallengeProcess.Var.CHALLENGE_SENSITIVE;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.property.ProcedureVariants;
import com.residentdesk.system.Privileged;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the topic record of an inquiry or a challenge. CHA-04: when enough households raise a topic
 * without an approved answer, the customer-service head is asked (once) to approve a unified
 * answer.
 */
@Component("openTopicCaseDelegate")
class OpenTopicCaseDelegate implements JavaDelegate {

  private final TopicFiles topics;
  private final CaseFiles caseFiles;
  private final RuntimeService runtimeService;
  private final ProcedureVariants variants;

  OpenTopicCaseDelegate(
      TopicFiles topics,
      CaseFiles caseFiles,
      RuntimeService runtimeService,
      ProcedureVariants variants) {
    this.topics = topics;
    this.caseFiles = caseFiles;
    this.runtimeService = runtimeService;
    this.variants = variants;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    TopicCase topicCase = topics.open(serviceCase);
    CHALLENGE_SENSITIVE.set(execution, topicCase.isSensitive());
    String topic = topicCase.getTopic();
    if (topic == null
        || topics.approvedAnswer(serviceCase.getId()).isPresent()
        || topics.householdsRaising(serviceCase.getPropertyCode(), topic) < topics.repeatThreshold()
        || unifiedAnswerRequested(serviceCase.getPropertyCode(), topic)) {
      return;
    }
    Privileged.asSystem(
        () ->
            variants
                .instantiate(UnifiedAnswerProcess.KEY, serviceCase.getPropertyCode())
                .businessKey(UnifiedAnswerProcess.businessKey(topic))
                .setVariables(
                    variables(
                        UnifiedAnswerProcess.Var.CASE_ID.of(serviceCase.getId()),
                        UnifiedAnswerProcess.Var.TOPIC.of(topic)))
                .execute());
    caseFiles.record(
        serviceCase.getId(),
        execution.getCurrentActivityId(),
        "Topic '" + topic + "' raised by several households: unified answer requested",
        null,
        "CHA-04");
  }

  /** Once per property: its head approves its answer (the process runs in its tenant). */
  private boolean unifiedAnswerRequested(String propertyCode, String topic) {
    return Privileged.asSystem(
            () ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(UnifiedAnswerProcess.KEY)
                    .tenantIdIn(propertyCode)
                    .processInstanceBusinessKey(UnifiedAnswerProcess.businessKey(topic))
                    .count())
        > 0;
  }
}
