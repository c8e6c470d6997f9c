package com.residentdesk.callback;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** CB-02/CB-04: the handling group follows up an unsatisfied resident; another callback follows. */
@Component
class FollowUpStep implements TaskStep {

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.FOLLOW_UP;
  }

  @Override
  public String ruleId() {
    return "CB-04";
  }

  @Override
  public Map<String, String> sheetFields() {
    return Map.of("followUpNote", "Follow-up");
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    TaskStep.required(task, "followUpNote", "What was done in the follow-up");
    serviceCase.recordFollowUp();
  }
}
