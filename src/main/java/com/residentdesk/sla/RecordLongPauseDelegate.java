package com.residentdesk.sla;

import static com.residentdesk.sla.DeadlinePauseProcess.Var.CASE_ID;
import static com.residentdesk.sla.DeadlinePauseProcess.Var.PAUSE_ID;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A hold has lasted longer than {@code desk.pause.limit}: the handling sheet says so and the
 * property's supervisors are e-mailed; the hold stays on until someone takes it off.
 */
@Component("recordLongPauseDelegate")
class RecordLongPauseDelegate implements JavaDelegate {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DeadlinePauses pauses;
  private final CaseFiles caseFiles;
  private final StaffNotifier notifier;
  private final PropertyDirectory properties;
  private final DeskClock clock;

  RecordLongPauseDelegate(
      DeadlinePauses pauses,
      CaseFiles caseFiles,
      StaffNotifier notifier,
      PropertyDirectory properties,
      DeskClock clock) {
    this.pauses = pauses;
    this.caseFiles = caseFiles;
    this.notifier = notifier;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long pauseId = PAUSE_ID.from(execution);
    if (!pauses.recordLimitReached(pauseId)) {
      return;
    }
    DeadlinePause pause = pauses.get(pauseId);
    ServiceCase serviceCase = caseFiles.get(CASE_ID.from(execution));
    String held = DeskFormat.duration(pause.held(clock.now()), Locale.ENGLISH);
    String since = WHEN.format(pause.getPausedAt().atZone(properties.zoneOf(serviceCase)));
    caseFiles.record(
        serviceCase.getId(),
        DeadlinePauseProcess.Element.RECORD_LONG_PAUSE,
        "Deadlines on hold too long",
        "On hold since %s (%s), waiting for %s; put to the supervisor"
            .formatted(since, held, pause.getReason()),
        "HLP-08");
    notifier.notifyGroup(
        StaffGroups.SUPERVISOR,
        serviceCase.getPropertyCode(),
        "long-pause-" + pauseId,
        serviceCase.getId(),
        MessagePurpose.DEADLINE_BREACH,
        "暂停过久 / Deadlines on hold too long: case %s".formatted(serviceCase.getCaseNumber()),
        ("工单 %s 的期限自 %s 起暂停（已 %s，等待：%s），已超过允许的暂停时长。请在 Tasklist 中处理"
                + "「审查过长的暂停」任务。%n%n"
                + "The deadlines of case %s have been on hold since %s (%s, waiting for %s), longer"
                + " than allowed. A review task is waiting in your team's Tasklist queue.")
            .formatted(
                serviceCase.getCaseNumber(),
                since,
                DeskFormat.duration(pause.held(clock.now()), Locale.SIMPLIFIED_CHINESE),
                pause.getReason(),
                serviceCase.getCaseNumber(),
                since,
                held,
                pause.getReason()));
  }
}
