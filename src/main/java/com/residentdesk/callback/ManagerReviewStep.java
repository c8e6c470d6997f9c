package com.residentdesk.callback;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** CB-04: follow-ups exhausted; the centre manager decides and the decision is kept. */
@Component
class ManagerReviewStep implements TaskStep {

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.MANAGER_REVIEW;
  }

  @Override
  public String ruleId() {
    return "CB-04";
  }

  @Override
  public Map<String, String> sheetFields() {
    return Map.of("managerDecision", "Centre manager's decision");
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    TaskStep.required(task, "managerDecision", "The centre manager's decision");
  }
}
