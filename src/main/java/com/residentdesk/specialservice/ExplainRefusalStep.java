package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.REFUSAL_EXPLAINED;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** SVC-06: the resident is told why a risky service cannot be provided, and what was said. */
@Component
class ExplainRefusalStep extends TaskStep {

  ExplainRefusalStep() {
    super(
        SpecialServiceProcess.Element.EXPLAIN_REFUSAL,
        "SVC-06",
        onSheet(REFUSAL_EXPLAINED, "告知客户 Told the resident"));
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    form.required(REFUSAL_EXPLAINED, "告知内容 / refusalExplained");
  }
}
