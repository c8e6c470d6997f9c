package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.EXPLANATION;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** CMP-02: an invalid complaint is explained to the resident and closed with a reason. */
@Component
class ExplainInvalidStep extends TaskStep {

  ExplainInvalidStep() {
    super(
        ComplaintProcess.Element.EXPLAIN_INVALID,
        "CMP-02",
        onSheet(EXPLANATION, "Explained to the resident"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(EXPLANATION, "What was explained to the resident");
  }
}
