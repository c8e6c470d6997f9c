package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Var.CASE_ID;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.MEDICAL;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.NOBODY_ON_DUTY;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.RESPONDER;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.rota.Rota;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * EMG-01/HLP-01, in the transaction that triaged the request: the on-duty supervisors of security
 * and engineering and the centre manager are e-mailed (their acknowledgement tasks follow in the
 * model), and the on-duty person of the handling group becomes the responder. Nobody on duty: the
 * centre manager organises the response.
 */
@Component("alertOnDutyDelegate")
class AlertOnDutyDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final Rota rota;
  private final StaffNotifier notifier;

  AlertOnDutyDelegate(CaseFiles caseFiles, Rota rota, StaffNotifier notifier) {
    this.caseFiles = caseFiles;
    this.rota = rota;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    Optional<String> responder = rota.responder(serviceCase);
    List<String> alertees = rota.alertees(serviceCase.getId());
    String subject =
        "EMERGENCY %s: %s%s, unit %s"
            .formatted(
                serviceCase.getCaseNumber(),
                serviceCase.getRequest().category(),
                serviceCase.getRequest().subcategory() == null
                    ? ""
                    : "/" + serviceCase.getRequest().subcategory(),
                serviceCase.getRequest().unit());
    String body =
        ("Emergency reported on case %s at %s: %s%nResponder: %s%n"
                + "Start the emergency plan and acknowledge this alert in Tasklist.")
            .formatted(
                serviceCase.getCaseNumber(),
                serviceCase.getRequest().location(),
                serviceCase.getRequest().description(),
                responder.orElse("NOBODY ON DUTY - the centre manager organises the response"));
    for (String person : alertees) {
      notifier.notifyUser(
          person,
          "emergency-alert-" + serviceCase.getId(),
          serviceCase.getId(),
          MessagePurpose.EMERGENCY_ALERT,
          subject,
          body);
    }
    RESPONDER.set(execution, responder.orElse(null));
    NOBODY_ON_DUTY.set(execution, responder.isEmpty());
    MEDICAL.set(
        execution, Category.MEDICAL_EMERGENCY.code().equals(serviceCase.getRequest().category()));
    caseFiles.record(
        serviceCase.getId(),
        EmergencyResponseProcess.Element.ALERT_ON_DUTY,
        "Emergency alert sent",
        "Alerted: "
            + String.join(", ", alertees)
            + "; responder: "
            + responder.orElse("nobody on duty, escalated to the centre manager"),
        "EMG-01");
  }
}
