package com.residentdesk.callback;

import static com.residentdesk.intake.ResidentRequestProcess.Field.CALLBACK_METHOD;
import static com.residentdesk.intake.ResidentRequestProcess.Field.CALLBACK_REASON;
import static com.residentdesk.intake.ResidentRequestProcess.Field.OTHER_SERVICES;
import static com.residentdesk.intake.ResidentRequestProcess.Var.CALLBACK_SATISFIED;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import java.util.List;
import org.springframework.stereotype.Component;

/** CB-01/CB-04: the callback result is satisfied or unsatisfied; unsatisfied needs a reason. */
@Component
class CallbackStep extends TaskStep {

  private static final List<String> METHODS = List.of("phone", "visit");

  private final Deadlines deadlines;

  CallbackStep(Deadlines deadlines) {
    super(
        ResidentRequestProcess.Element.CALLBACK,
        "CB-04",
        outcome(CALLBACK_SATISFIED),
        onSheet(CALLBACK_METHOD, "Callback by"),
        onSheet(CALLBACK_REASON, "Reason for dissatisfaction"),
        onSheet(OTHER_SERVICES, "Other services asked about"));
    this.deadlines = deadlines;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.oneOf(CALLBACK_METHOD, "The callback method", METHODS);
    boolean satisfied = form.flag(CALLBACK_SATISFIED);
    if (!satisfied) {
      form.required(CALLBACK_REASON, "callbackReason: the reason the resident is unsatisfied");
    }
    form.set(CALLBACK_SATISFIED, satisfied);
    serviceCase.recordCallback(satisfied);
    deadlines.meet(serviceCase.getId(), Rules.CB_01);
  }
}
