package com.residentdesk.emergency;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ResidentRequest;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.system.DeskProperties;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * EMG-01/EMG-04: the moment the responder's "Arrive on site" task exists, the responder is alerted
 * by every alert channel with the case, the address, the deadline and a link that opens the task,
 * where one tap records the arrival. He need not be watching a screen.
 */
@Component("responderAlertTaskListener")
public class ResponderAlertTaskListener implements TaskListener {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final CaseFiles caseFiles;
  private final List<AlertChannel> channels;
  private final DeskProperties properties;

  public ResponderAlertTaskListener(
      CaseFiles caseFiles, List<AlertChannel> channels, DeskProperties properties) {
    this.caseFiles = caseFiles;
    this.channels = channels;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    String responder = task.getAssignee();
    if (responder == null) {
      return; // offered to the group only: the team queue shows it, the alertees were told
    }
    ServiceCase c = caseFiles.get(EmergencyResponseProcess.Var.CASE_ID.from(task));
    ResidentRequest request = c.getRequest();
    String address = "%s %s".formatted(request.unit(), request.location());
    String due =
        task.getDueDate() == null
            ? "-"
            : TIME.format(task.getDueDate().toInstant().atZone(properties.timeZone()));
    String subject = "【紧急·请立即前往】%s %s · %s".formatted(c.getCaseNumber(), address, what(request));
    String body =
        ("紧急情况，请立即赶到现场（EMERGENCY - go to the site now）%n%n"
                + "案件 Case：%s%n地点 Address：%s%n情况 What：%s%n报告时间 Reported：%s%n"
                + "须到场时间 On site by：%s%n住户电话 Resident's phone：%s%n%n"
                + "到场后点一下“完成”登记到场（服务器计时）/ On arrival tap Complete:%n%s#/?task=%s")
            .formatted(
                c.getCaseNumber(),
                address,
                request.description(),
                TIME.format(c.getReceivedAt().atZone(properties.timeZone())),
                due,
                request.phone(),
                properties.mail().tasklistUrl(),
                task.getId());
    for (AlertChannel channel : channels) {
      channel.alert(responder, c.getId(), "responder-alert-" + task.getId(), subject, body);
    }
  }

  private static String what(ResidentRequest request) {
    return request.subcategory() == null || request.subcategory().isBlank()
        ? request.category()
        : request.category() + "/" + request.subcategory();
  }
}
