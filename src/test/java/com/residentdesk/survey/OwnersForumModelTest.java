package com.residentdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.residentdesk.support.ModelTestSupport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * owners-forum: staff start it from Tasklist's start form after the forum; its one step records the
 * forum (and its corrective action) and the instance ends.
 */
@Tag("fast")
class OwnersForumModelTest extends ModelTestSupport {

  @Test
  void theStartFormIsRecordedAndTheInstanceEnds_QA08() {
    ProcessDefinition definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(OwnersForumProcess.KEY)
            .latestVersion()
            .singleResult();
    assertThat(definition.isStartableInTasklist()).isTrue();
    org.camunda.bpm.model.bpmn.instance.StartEvent held =
        engine
            .getRepositoryService()
            .getBpmnModelInstance(definition.getId())
            .getModelElementById(OwnersForumProcess.Element.HELD);
    assertThat(held.getCamundaFormRef()).isEqualTo("record-owners-forum");

    ProcessInstance pi =
        start(
            OwnersForumProcess.KEY,
            OwnersForumProcess.Field.THEME.of("物业费收缴"),
            OwnersForumProcess.Field.OPINIONS.of("公示收支"));

    assertThat(pi)
        .hasPassed(
            OwnersForumProcess.Element.HELD,
            OwnersForumProcess.Element.RECORD,
            OwnersForumProcess.Element.RECORDED)
        .isEnded();
    assertThat(delegatesRun).containsExactly("recordOwnersForumDelegate");
  }
}
