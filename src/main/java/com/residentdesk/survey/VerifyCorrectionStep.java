package com.residentdesk.survey;

import static com.residentdesk.survey.CorrectiveActionProcess.Field.VERIFICATION;
import static com.residentdesk.survey.CorrectiveActionProcess.Var.CORRECTION_ID;
import static com.residentdesk.survey.CorrectiveActionProcess.Var.VERDICT;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import java.util.List;
import org.springframework.stereotype.Component;

/** QA-05, SVC-12: the quality department verifies the correction; not effective, it goes back. */
@Component
class VerifyCorrectionStep extends TaskStep {

  private final CorrectiveActions actions;
  private final CurrentActor actor;

  VerifyCorrectionStep(CorrectiveActions actions, CurrentActor actor) {
    super(
        CorrectiveActionProcess.Element.VERIFY, "QA-05", outcome(VERDICT), recorded(VERIFICATION));
    this.actions = actions;
    this.actor = actor;
  }

  @Override
  public boolean belongsToCase() {
    return false;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    String verdict =
        form.oneOf(
            VERDICT,
            "验证结论 (verdict)",
            List.of(CorrectiveActionProcess.EFFECTIVE, CorrectiveActionProcess.NOT_EFFECTIVE));
    actions.verified(
        form.process(CORRECTION_ID),
        CorrectiveActionProcess.EFFECTIVE.equals(verdict),
        form.required(VERIFICATION, "验证记录 (what was checked)"),
        actor.id());
  }
}
