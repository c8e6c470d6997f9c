package com.residentdesk.complaint;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.ResidentMail;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.sla.Deadlines;
import com.residentdesk.sla.Rules;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import com.residentdesk.system.InvalidEntryException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The complaint record of a case, for the model's expressions ({@code complaints}): the facts the
 * severity table reads, who responds, the measures deadline, the appeal window.
 */
@Service("complaints")
public class ComplaintFiles {

  /** How the complainant is told a decision or an appeal's outcome in writing (CMP-05). */
  static final List<String> NOTICE_METHODS = List.of("email", "letter", "in-person");

  private final ComplaintRepository complaints;
  private final Deadlines deadlines;
  private final DeskClock clock;
  private final ResidentMail mail;
  private final Period appealWindow;
  private final CaseFiles caseFiles;
  private final PropertyDirectory properties;

  public ComplaintFiles(
      ComplaintRepository complaints,
      Deadlines deadlines,
      DeskClock clock,
      ResidentMail mail,
      DeskProperties desk,
      CaseFiles caseFiles,
      PropertyDirectory properties) {
    this.complaints = complaints;
    this.deadlines = deadlines;
    this.clock = clock;
    this.mail = mail;
    this.appealWindow = desk.complaint().appealWindow();
    this.caseFiles = caseFiles;
    this.properties = properties;
  }

  public Complaint of(Long caseId) {
    return complaints
        .findByCaseId(caseId)
        .orElseThrow(
            () -> new IllegalStateException("Case " + caseId + " has no complaint record"));
  }

  public Optional<Complaint> find(Long caseId) {
    return complaints.findByCaseId(caseId);
  }

  Complaint open(Long caseId) {
    return complaints.findByCaseId(caseId).orElseGet(() -> complaints.save(new Complaint(caseId)));
  }

  /** CMP-02: a fact recorded at acceptance, as the severity table reads it. */
  public boolean fact(Long caseId, String name) {
    Complaint complaint = of(caseId);
    return switch (name) {
      case "valid" -> Boolean.TRUE.equals(complaint.getValid());
      case "repeatedRequestsIgnored" -> complaint.isRepeatedRequestsIgnored();
      case "seriousLossOrInjury" -> complaint.isSeriousLossOrInjury();
      case "managementOrServiceFailure" -> complaint.isManagementOrServiceFailure();
      default -> throw new IllegalArgumentException("No complaint fact " + name);
    };
  }

  /** CMP-03: the departments that must respond. */
  public List<String> respondingDepartments(Long caseId) {
    return of(caseId).respondingDepartmentList();
  }

  /** CMP-06: the measures are due by the end of the deadline day, in the property's time zone. */
  public Date executionDue(Long caseId) {
    Complaint complaint = of(caseId);
    Instant endOfDay =
        complaint.getMeasuresDeadline().plusDays(1).atStartOfDay(zoneOf(complaint)).toInstant();
    return deadlines.dueAt(caseId, Rules.CMP_06, complaint.getDecisionRound(), endOfDay);
  }

  /** CMP-05: the complainant may appeal until this moment after the (latest) decision. */
  public Date appealWindowEnd(Long caseId) {
    return Date.from(appealDeadline(of(caseId)));
  }

  Instant appealDeadline(Complaint complaint) {
    return complaint.getDecidedAt().atZone(zoneOf(complaint)).plus(appealWindow).toInstant();
  }

  boolean appealWindowOpen(Complaint complaint) {
    return complaint.getDecidedAt() != null && !clock.now().isAfter(appealDeadline(complaint));
  }

  public boolean appealPending(Long caseId) {
    Complaint complaint = of(caseId);
    return complaint.getAppealLodgedAt() != null && complaint.getAppealOutcome() == null;
  }

  /**
   * CMP-05: one level up — the centre manager, or the company's quality group for a major
   * complaint.
   */
  public String appealReviewers(Long caseId) {
    return Complaint.MAJOR.equals(of(caseId).getSeverity())
        ? StaffGroups.QUALITY
        : StaffGroups.CENTRE_MANAGER;
  }

  /**
   * Sends a complaint letter by e-mail when that is the chosen method; letters and visits are
   * recorded only.
   */
  void writeToComplainant(
      ServiceCase serviceCase, String method, String template, String dedupe, Object... extra) {
    if (!"email".equals(method)) {
      return;
    }
    if (!mail.send(serviceCase, MessagePurpose.COMPLAINT_LETTER, template, dedupe, extra)) {
      throw new InvalidEntryException(
          ComplaintProcess.Field.NOTICE_METHOD.name(),
          "投诉人没有登记电子邮箱：请写信或当面告知 / noticeMethod: the complainant has no e-mail address on file; write a letter or tell them in person");
    }
  }

  /** Dates and days of a complaint are those of its property's time zone. */
  ZoneId zoneOf(Complaint complaint) {
    return properties.zoneOf(caseFiles.get(complaint.getCaseId()));
  }
}
