package com.residentdesk.emergency;

import static com.residentdesk.emergency.EmergencyResponseProcess.Var.CASE_ID;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.COORDINATOR;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.MEDICAL;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.NOBODY_ON_DUTY;
import static com.residentdesk.emergency.EmergencyResponseProcess.Var.RESPONDER;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.Category;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.rota.Rota;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * EMG-01/HLP-01, in the transaction that triaged the request: the on-duty supervisors of security
 * and engineering and the centre manager are alerted by every alert channel (their acknowledgement
 * tasks follow in the model), the on-duty person of the handling group becomes the responder (who
 * is alerted with his arrival task, {@link ResponderAlertTaskListener}) and its on-duty supervisor
 * the coordinator of the plan. Nobody on duty: the centre manager organises the response.
 */
@Component("alertOnDutyDelegate")
class AlertOnDutyDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final Rota rota;
  private final List<AlertChannel> channels;

  AlertOnDutyDelegate(CaseFiles caseFiles, Rota rota, List<AlertChannel> channels) {
    this.caseFiles = caseFiles;
    this.rota = rota;
    this.channels = channels;
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
                + "Acknowledge this alert in Tasklist; the coordinator starts the emergency plan.")
            .formatted(
                serviceCase.getCaseNumber(),
                serviceCase.getRequest().location(),
                serviceCase.getRequest().description(),
                responder.orElse("NOBODY ON DUTY - the centre manager organises the response"));
    for (String person : alertees) {
      for (AlertChannel channel : channels) {
        channel.alert(
            person, serviceCase.getId(), "emergency-alert-" + serviceCase.getId(), subject, body);
      }
    }
    RESPONDER.set(execution, responder.orElse(null));
    COORDINATOR.set(
        execution,
        rota.supervisorOnDuty(
                serviceCase.getPropertyCode(), serviceCase.getTriage().handlingGroup())
            .orElse(null));
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
