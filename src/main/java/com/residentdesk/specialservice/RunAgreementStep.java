package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.STOP_NOTICE;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.STOP_ON;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Var.AGREEMENT_END;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SVC-08: a running agreement ends when its period is over, or the centre stops it early, and then
 * only after written notice to the resident, recorded here with the day the service stops (a later
 * day than today: the notice comes in advance).
 */
@Component
class RunAgreementStep extends TaskStep {

  static final String EXPIRED = "expired";
  static final String NOTICE = "notice";

  private final Agreements agreements;
  private final CurrentActor actor;
  private final DeskClock clock;

  RunAgreementStep(Agreements agreements, CurrentActor actor, DeskClock clock) {
    super(
        SpecialServiceAgreementProcess.Element.RUN_AGREEMENT,
        "SVC-08",
        outcome(AGREEMENT_END),
        onSheet(STOP_NOTICE, "书面通知 Written notice"),
        onSheet(STOP_ON, "终止日期 Stops on"));
    this.agreements = agreements;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    String end = form.oneOf(AGREEMENT_END, "结束方式 / agreementEnd", List.of(EXPIRED, NOTICE));
    Agreement agreement = agreements.of(serviceCase.getId());
    LocalDate today = agreements.today(agreement.getPropertyCode());
    if (EXPIRED.equals(end)) {
      if (today.isBefore(agreement.getPeriodEnd())) {
        throw new InvalidEntryException(
            AGREEMENT_END.name(),
            "协议 %s 才到期；提前终止须先书面通知客户 / The agreement runs until %s: to stop it early, give written notice"
                .formatted(agreement.getPeriodEnd(), agreement.getPeriodEnd()));
      }
      return;
    }
    String notice = form.required(STOP_NOTICE, "书面通知内容 / stopNotice");
    LocalDate stopOn = form.date(STOP_ON, "终止日期 / stopOn");
    if (!stopOn.isAfter(today)) {
      throw new InvalidEntryException(
          STOP_ON.name(),
          "须提前书面通知：终止日期应晚于今天 / Notice must come in advance: stopOn must be after today");
    }
    if (stopOn.isAfter(agreement.getPeriodEnd())) {
      throw new InvalidEntryException(
          STOP_ON.name(), "终止日期晚于协议到期日 / stopOn is after the end of the agreement");
    }
    agreement.recordStopNotice(notice, stopOn, actor.id(), clock.now());
  }
}
