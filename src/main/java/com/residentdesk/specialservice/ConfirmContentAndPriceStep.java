package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ACCEPTANCE_METHOD;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ACCEPTANCE_NOTE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ACCEPTED_BY_RESIDENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.ACCEPTANCE;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SVC-04: content and price are explained before the service starts, and the resident's answer is
 * recorded: who accepted, when (the moment of recording) and how (phone, in person, signed).
 * Nothing is delivered until it is "accepted".
 */
@Component
class ConfirmContentAndPriceStep extends TaskStep {

  static final String ACCEPTED = "accepted";
  static final String DECLINED = "declined";
  static final List<String> METHODS = List.of("phone", "in-person", "signed");

  private final SpecialServices specialServices;
  private final CurrentActor actor;
  private final DeskClock clock;

  ConfirmContentAndPriceStep(SpecialServices specialServices, CurrentActor actor, DeskClock clock) {
    super(
        SpecialServiceProcess.Element.CONFIRM_CONTENT_AND_PRICE,
        "SVC-04",
        outcome(ACCEPTANCE),
        onSheet(ACCEPTED_BY_RESIDENT, "确认人 Accepted by"),
        onSheet(ACCEPTANCE_METHOD, "确认方式 How"),
        onSheet(ACCEPTANCE_NOTE, "说明 Note"));
    this.specialServices = specialServices;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String answer = form.oneOf(ACCEPTANCE, "客户是否接受 / acceptance", List.of(ACCEPTED, DECLINED));
    String resident = form.required(ACCEPTED_BY_RESIDENT, "确认人 / acceptedByResident");
    String method = form.oneOf(ACCEPTANCE_METHOD, "确认方式 / acceptanceMethod", METHODS);
    specialServices
        .of(serviceCase.getId())
        .recordAcceptance(
            ACCEPTED.equals(answer),
            resident,
            method,
            form.text(ACCEPTANCE_NOTE),
            actor.id(),
            clock.now());
  }
}
