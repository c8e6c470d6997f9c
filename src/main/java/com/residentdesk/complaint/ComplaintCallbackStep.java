package com.residentdesk.complaint;

import static com.residentdesk.complaint.ComplaintProcess.Field.CALLBACK_METHOD;
import static com.residentdesk.complaint.ComplaintProcess.Field.CALLBACK_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/** CB-03: the complaint callback, by phone or visit, recorded on the complaint. */
@Component
class ComplaintCallbackStep extends TaskStep {

  ComplaintCallbackStep() {
    super(
        ComplaintProcess.Element.COMPLAINT_CALLBACK,
        "CB-03",
        onSheet(CALLBACK_METHOD, "Callback by"),
        onSheet(CALLBACK_NOTE, "Callback"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.oneOf(CALLBACK_METHOD, "The callback method", List.of("phone", "visit"));
    form.required(CALLBACK_NOTE, "What the complainant said");
  }
}
