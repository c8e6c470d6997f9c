package com.residentdesk.resident;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseReferred;
import com.residentdesk.casefile.CaseReworked;
import com.residentdesk.casefile.FixPlanned;
import com.residentdesk.casefile.ResidentLink;
import com.residentdesk.casefile.ResidentLinks;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import com.residentdesk.notification.ResidentMessages;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.sla.DeadlineAtRisk;
import com.residentdesk.sla.DeadlineMissed;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * HLP-08, proactive: the resident is told, by SMS and (where there is an address) e-mail, when the
 * time they were given will not hold: a deadline they wait for is at risk (its last warning), was
 * missed (a supervisor follows it up), or the work was sent back and has a new expected completion.
 * Each notice carries a fresh link and the centre's phone. Written in the transaction that changed
 * the time.
 */
@Component
class ResidentProgressNotices {

  /** The deadlines a resident is shown (ResidentDesk's expected times). */
  private static final Set<String> RESIDENT_DEADLINES =
      Set.of(Rules.CAT_04, Rules.SVC_03, Rules.EMG_04, Rules.CMP_06);

  private static final String TEMPLATE = "progressNotice";

  /** The handling sheet's step for a notice: no task of the model, the desk's own message. */
  static final String NOTICE_STEP = "Message_ResidentProgress";

  private final CaseFiles caseFiles;
  private final ResidentMail mail;
  private final ResidentMessages messages;
  private final ResidentLinks links;
  private final PropertyDirectory properties;
  private final ResidentDesk desk;
  private final DeskClock clock;

  ResidentProgressNotices(
      CaseFiles caseFiles,
      ResidentMail mail,
      ResidentMessages messages,
      ResidentLinks links,
      PropertyDirectory properties,
      ResidentDesk desk,
      DeskClock clock) {
    this.caseFiles = caseFiles;
    this.mail = mail;
    this.messages = messages;
    this.links = links;
    this.properties = properties;
    this.desk = desk;
    this.clock = clock;
  }

  @EventListener
  void on(DeadlineMissed missed) {
    if (!RESIDENT_DEADLINES.contains(missed.ruleId())) {
      return;
    }
    ServiceCase serviceCase = caseFiles.get(missed.caseId());
    String reason =
        messages.text(TEMPLATE + ".late", serviceCase, messages.time(serviceCase, missed.dueAt()));
    tell(serviceCase, reason, "late-" + missed.ruleId() + "-" + missed.dueAt().toEpochMilli());
  }

  /**
   * The deadline the resident waits for reached its last warning: they hear before it is missed,
   * with the time it is now expected by (its due moment, moved by any hold).
   */
  @EventListener
  void on(DeadlineAtRisk atRisk) {
    if (!RESIDENT_DEADLINES.contains(atRisk.ruleId())) {
      return;
    }
    ServiceCase serviceCase = caseFiles.get(atRisk.caseId());
    String reason =
        messages.text(
            TEMPLATE + ".atRisk", serviceCase, messages.time(serviceCase, atRisk.dueAt()));
    tell(
        serviceCase,
        reason,
        "at-risk-" + atRisk.ruleId() + "-" + atRisk.round() + "-" + atRisk.dueAt().toEpochMilli());
  }

  /** CAT-03: the request went to an outside body; the resident hears which. */
  @EventListener
  void on(CaseReferred referred) {
    ServiceCase serviceCase = caseFiles.get(referred.caseId());
    String reason = messages.text(TEMPLATE + ".referred", serviceCase, referred.referredTo());
    tell(serviceCase, reason, "referred");
  }

  /** SVC-03: a big problem's response gave the date of the fix. */
  @EventListener
  void on(FixPlanned planned) {
    ServiceCase serviceCase = caseFiles.get(planned.caseId());
    String reason =
        messages.text(
            TEMPLATE + ".moved", serviceCase, messages.time(serviceCase, planned.plannedAt()));
    tell(serviceCase, reason, "planned-" + planned.plannedAt().toEpochMilli());
  }

  @EventListener
  void on(CaseReworked reworked) {
    ServiceCase serviceCase = caseFiles.get(reworked.caseId());
    Instant due = desk.resolutionDue(serviceCase, clock.now());
    String reason =
        messages.text(TEMPLATE + ".moved", serviceCase, messages.time(serviceCase, due));
    tell(serviceCase, reason, "moved-" + serviceCase.getReworkCount());
  }

  private void tell(ServiceCase serviceCase, String reason, String occasion) {
    String link = links.issueUrl(serviceCase.getId(), ResidentLink.IssuedFor.ACKNOWLEDGEMENT);
    String phone = properties.get(serviceCase.getPropertyCode()).phone();
    String dedupe = "progress-" + occasion;
    mail.send(serviceCase, MessagePurpose.PROGRESS_NOTICE, TEMPLATE, dedupe, reason, link, phone);
    mail.sendSms(serviceCase, MessagePurpose.PROGRESS_NOTICE, TEMPLATE, dedupe, reason, link);
    caseFiles.record(
        serviceCase.getId(),
        NOTICE_STEP,
        "Resident told the expected time changed",
        occasion,
        "HLP-08");
  }
}
