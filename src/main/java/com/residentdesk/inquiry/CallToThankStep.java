package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.SuggestionProcess.Field.THANK_CALL_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import org.springframework.stereotype.Component;

/** SUG-02: the resident is called to be thanked. */
@Component
class CallToThankStep extends TaskStep {

  private final Deadlines deadlines;

  CallToThankStep(Deadlines deadlines) {
    super(
        SuggestionProcess.Element.CALL_TO_THANK,
        "SUG-02",
        onSheet(THANK_CALL_NOTE, "Thank-you call"));
    this.deadlines = deadlines;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(THANK_CALL_NOTE, "The thank-you call");
    deadlines.meet(serviceCase.getId(), Rules.SUG_02);
  }
}
