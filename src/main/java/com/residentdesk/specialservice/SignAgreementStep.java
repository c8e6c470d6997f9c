package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.SIGNED_BY_RESIDENT;
import static com.residentdesk.specialservice.SpecialServiceAgreementProcess.Field.SIGNED_ON;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.system.InvalidEntryException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * SVC-08: the approved agreement (特约服务协议书, printed from its PDF) is signed by the resident; the
 * front desk records when and by whom. From then on the visits are ticked off (SVC-15).
 */
@Component
class SignAgreementStep extends TaskStep {

  private final Agreements agreements;

  SignAgreementStep(Agreements agreements) {
    super(
        SpecialServiceAgreementProcess.Element.SIGN_AGREEMENT,
        "SVC-08",
        onSheet(SIGNED_ON, "签订日期 Signed on"),
        onSheet(SIGNED_BY_RESIDENT, "客户签字人 Signed by"));
    this.agreements = agreements;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase serviceCase) {
    Agreement agreement = agreements.of(serviceCase.getId());
    LocalDate signedOn = form.date(SIGNED_ON, "签订日期 / signedOn");
    if (signedOn.isAfter(agreements.today(agreement.getPropertyCode()))) {
      throw new InvalidEntryException(
          SIGNED_ON.name(), "签订日期不能晚于今天 / signedOn cannot be in the future");
    }
    agreement.recordSignature(
        signedOn, form.required(SIGNED_BY_RESIDENT, "客户签字人 / signedByResident"));
  }
}
