package com.residentdesk.dispatch;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.identity.GroupMembership;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** HLP-01/CAT-04: the handling group or a supervisor names the handler; dispatch is then done. */
@Component
class AssignHandlerStep implements TaskStep {

  private final GroupMembership membership;
  private final Deadlines deadlines;
  private final DeskClock clock;

  AssignHandlerStep(GroupMembership membership, Deadlines deadlines, DeskClock clock) {
    this.membership = membership;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public String taskKey() {
    return ResidentRequestProcess.Element.ASSIGN_HANDLER;
  }

  @Override
  public String ruleId() {
    return "HLP-01";
  }

  @Override
  public Map<String, String> sheetFields() {
    return Map.of("dispatchNote", "Dispatch note");
  }

  @Override
  public void complete(DelegateTask task, ServiceCase serviceCase) {
    String handler = TaskStep.required(task, ResidentRequestProcess.Var.HANDLER, "The handler");
    membership.require(ResidentRequestProcess.Var.HANDLER, handler, serviceCase.getHandlingGroup());
    task.setVariable(ResidentRequestProcess.Var.HANDLER, handler);
    serviceCase.dispatchTo(handler, clock.now());
    deadlines.meet(serviceCase.getId(), Rules.CAT_04);
  }
}
