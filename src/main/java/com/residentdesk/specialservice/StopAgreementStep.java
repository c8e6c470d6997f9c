package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.STOP_NOTE;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidEntryException;
import org.springframework.stereotype.Component;

/**
 * SVC-08: the centre stops the agreement on the day its written notice named, never before, and
 * never without the notice recorded.
 */
@Component
class StopAgreementStep extends TaskStep {

  private final Agreements agreements;
  private final DeskClock clock;

  StopAgreementStep(Agreements agreements, DeskClock clock) {
    super(
        SpecialServiceAgreementProcess.Element.STOP_AGREEMENT,
        "SVC-08",
        onSheet(STOP_NOTE, "终止说明 Stop note"));
    this.agreements = agreements;
    this.clock = clock;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    Agreement agreement = agreements.of(serviceCase.getId());
    if (agreement.getStopNoticeAt() == null) {
      throw new InvalidEntryException(
          STOP_NOTE.name(), "未记录给客户的书面通知，不能终止 / No written notice recorded: cannot stop");
    }
    if (agreements.today(agreement.getPropertyCode()).isBefore(agreement.getStopOn())) {
      throw new InvalidEntryException(
          STOP_NOTE.name(),
          "书面通知的终止日期是 %s，之前不能终止 / The notice named %s: not before"
              .formatted(agreement.getStopOn(), agreement.getStopOn()));
    }
    form.required(STOP_NOTE, "终止说明 / stopNote");
    agreement.recordStop(clock.now());
  }
}
