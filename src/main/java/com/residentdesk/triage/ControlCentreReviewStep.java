package com.residentdesk.triage;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * HLP-02: after hours the control centre forwards to the on-duty staff or leaves it for the desk.
 */
@Component
class ControlCentreReviewStep implements TaskStep {

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.CONTROL_CENTRE_REVIEW;
  }

  @Override
  public String ruleId() {
    return "HLP-02";
  }

  @Override
  public Map<String, String> sheetFields() {
    return Map.of("controlCentreNote", "Control centre note");
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    TaskStep.oneOf(
        task,
        ResidentRequestProcess.Var.CONTROL_CENTRE_OUTCOME,
        "Where the control centre forwards the request",
        List.of("dispatch", "front-desk"));
  }
}
