package com.residentdesk.inquiry;

import static com.residentdesk.inquiry.UnifiedAnswerProcess.Field.ANSWER_TEXT;
import static com.residentdesk.inquiry.UnifiedAnswerProcess.Var.TOPIC;

import com.residentdesk.answers.UnifiedAnswers;
import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import org.springframework.stereotype.Component;

/** CHA-04: the customer-service head approves the unified answer; it is published at once. */
@Component
class ApproveUnifiedAnswerStep extends TaskStep {

  private final UnifiedAnswers answers;
  private final CurrentActor actor;

  ApproveUnifiedAnswerStep(UnifiedAnswers answers, CurrentActor actor) {
    super(
        UnifiedAnswerProcess.Element.APPROVE_UNIFIED_ANSWER,
        "CHA-04",
        onSheet(ANSWER_TEXT, "Unified answer"));
    this.answers = answers;
    this.actor = actor;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    answers.publish(
        serviceCase.getPropertyCode(),
        form.process(TOPIC),
        form.required(ANSWER_TEXT, "The unified answer"),
        actor.id());
  }
}
