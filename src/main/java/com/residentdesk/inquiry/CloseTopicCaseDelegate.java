package com.residentdesk.inquiry;

import static com.residentdesk.casefile.CaseVariables.CASE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.system.DeskClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * SUG-05: the closed inquiry, challenge or suggestion is archived; challenges and suggestions are
 * filed in the owner file.
 */
@Component("closeTopicCaseDelegate")
class CloseTopicCaseDelegate implements JavaDelegate {

  private final TopicFiles topics;
  private final CaseFiles caseFiles;
  private final DeskClock clock;

  CloseTopicCaseDelegate(TopicFiles topics, CaseFiles caseFiles, DeskClock clock) {
    this.topics = topics;
    this.caseFiles = caseFiles;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseId = CASE_ID.from(execution);
    topics.of(caseId).file(clock.now());
    caseFiles.get(caseId).archive(clock.now());
    caseFiles.record(
        caseId,
        execution.getCurrentActivityId(),
        "Closed and filed in the owner file",
        null,
        "SUG-05");
  }
}
