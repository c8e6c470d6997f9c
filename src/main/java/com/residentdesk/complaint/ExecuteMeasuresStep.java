package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.EXECUTION_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import org.springframework.stereotype.Component;

/** CMP-06: the measures are carried out by the deadline. */
@Component
class ExecuteMeasuresStep extends TaskStep {

  private final Deadlines deadlines;

  ExecuteMeasuresStep(Deadlines deadlines) {
    super(
        ComplaintProcess.Element.EXECUTE_MEASURES,
        "CMP-06",
        onSheet(EXECUTION_NOTE, "Measures carried out"));
    this.deadlines = deadlines;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(EXECUTION_NOTE, "What was carried out");
    deadlines.meet(serviceCase.getId(), Rules.CMP_06);
  }
}
