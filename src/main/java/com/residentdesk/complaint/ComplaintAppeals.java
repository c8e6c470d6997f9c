package com.residentdesk.complaint;

import static com.residentdesk.casefile.ProcessVariable.variables;
import static com.residentdesk.complaint.ComplaintProcess.Field.APPEAL_TEXT;
import static com.residentdesk.complaint.ComplaintProcess.Var.APPEALED;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.NotFoundException;
import com.residentdesk.system.UnprocessableException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CMP-05: an appeal lodged through the API within the window after the decision. When the process
 * waits for it, the appeal task is completed; while the measures are still being carried out, the
 * appeal is kept and the process takes it up when it gets there.
 */
@Service
public class ComplaintAppeals {

  private static final DateTimeFormatter CLOSED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ServiceCaseRepository cases;
  private final ComplaintFiles complaints;
  private final CaseFiles caseFiles;
  private final TaskService taskService;
  private final DeskClock clock;

  public ComplaintAppeals(
      ServiceCaseRepository cases,
      ComplaintFiles complaints,
      CaseFiles caseFiles,
      TaskService taskService,
      DeskClock clock) {
    this.cases = cases;
    this.complaints = complaints;
    this.caseFiles = caseFiles;
    this.taskService = taskService;
    this.clock = clock;
  }

  /**
   * What the complainant may know of their complaint (CMP-05): the decision and its measures, the
   * appeal window, and the appeal's outcome. Empty for a case that is no complaint.
   */
  public record ComplainantView(
      Instant acceptedAt,
      Boolean valid,
      Instant decidedAt,
      String measures,
      LocalDate measuresDeadline,
      Instant appealDeadline,
      boolean appealOpen,
      Instant appealLodgedAt,
      Boolean appealUpheld,
      String appealOutcome) {}

  @Transactional(readOnly = true)
  public Optional<ComplainantView> complainantView(Long caseId) {
    return complaints
        .find(caseId)
        .map(
            c ->
                new ComplainantView(
                    c.getAcceptedAt(),
                    c.getValid(),
                    c.getDecidedAt(),
                    c.getMeasures(),
                    c.getMeasuresDeadline(),
                    c.getDecidedAt() == null ? null : complaints.appealDeadline(c),
                    c.getAppealLodgedAt() == null && complaints.appealWindowOpen(c),
                    c.getAppealLodgedAt(),
                    c.getAppealUpheld(),
                    c.getAppealOutcome()));
  }

  /** {@code properties}: the caller's; a case of another property does not exist for them. */
  @Transactional
  public void lodge(String caseNumber, String appealText, List<String> properties) {
    ServiceCase serviceCase =
        cases
            .findByCaseNumber(caseNumber)
            .filter(c -> properties.contains(c.getPropertyCode()))
            .orElseThrow(() -> new NotFoundException("problem.case.none", caseNumber));
    Complaint complaint =
        complaints
            .find(serviceCase.getId())
            .orElseThrow(() -> new NotFoundException("problem.case.not-complaint", caseNumber));
    if (complaint.getDecidedAt() == null) {
      throw new UnprocessableException("caseNumber", "problem.appeal.no-decision");
    }
    if (complaint.getAppealLodgedAt() != null) {
      throw new UnprocessableException("caseNumber", "problem.appeal.already-lodged");
    }
    if (!complaints.appealWindowOpen(complaint)) {
      throw new UnprocessableException(
          APPEAL_TEXT.name(),
          "problem.appeal.window-closed",
          CLOSED_AT.format(
              complaints.appealDeadline(complaint).atZone(complaints.zoneOf(complaint))));
    }
    Task waiting =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(ComplaintProcess.KEY)
            .taskDefinitionKey(ComplaintProcess.Element.AWAIT_APPEAL)
            .singleResult();
    if (waiting != null) {
      taskService.complete(
          waiting.getId(), variables(APPEALED.of(true), APPEAL_TEXT.of(appealText)));
    } else {
      complaint.lodgeAppeal(appealText, clock.now());
      caseFiles.record(
          serviceCase.getId(),
          ComplaintProcess.Element.AWAIT_APPEAL,
          "Appeal lodged while the measures are carried out",
          null,
          "CMP-05");
    }
  }
}
