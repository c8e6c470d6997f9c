package com.residentdesk.callback;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** CB-01/CB-04: the callback result is satisfied or unsatisfied; unsatisfied needs a reason. */
@Component
class CallbackStep implements TaskStep {

  private static final List<String> METHODS = List.of("phone", "visit");
  private static final Map<String, String> SHEET = new LinkedHashMap<>();

  static {
    SHEET.put("callbackMethod", "Callback by");
    SHEET.put("callbackReason", "Reason for dissatisfaction");
    SHEET.put("otherServices", "Other services asked about");
  }

  private final Deadlines deadlines;

  CallbackStep(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.CALLBACK;
  }

  @Override
  public String ruleId() {
    return "CB-04";
  }

  @Override
  public Map<String, String> sheetFields() {
    return SHEET;
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    TaskStep.oneOf(task, "callbackMethod", "The callback method", METHODS);
    boolean satisfied = TaskStep.flag(task, ResidentRequestProcess.Var.CALLBACK_SATISFIED);
    if (!satisfied) {
      TaskStep.required(
          task, "callbackReason", "callbackReason: the reason the resident is unsatisfied (CB-04)");
    }
    task.setVariable(ResidentRequestProcess.Var.CALLBACK_SATISFIED, satisfied);
    serviceCase.recordCallback(satisfied);
    deadlines.meet(serviceCase.getId(), Rules.CB_01);
  }
}
