package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.DEPARTMENT_RESPONSE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** CMP-03: a department involved responds. */
@Component
class DepartmentResponseStep extends TaskStep {

  DepartmentResponseStep() {
    super(
        ComplaintProcess.Element.DEPARTMENT_RESPONSE,
        "CMP-03",
        onSheet(DEPARTMENT_RESPONSE, "Department's response"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(DEPARTMENT_RESPONSE, "The department's response");
  }
}
