package com.residentdesk.intake;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.Deadlines;
import java.time.Instant;
import java.util.List;

/** A case as the API shows it, with its deadlines and whether each was met or missed. */
public record CaseView(
    String caseNumber,
    String property,
    String status,
    String channel,
    String unit,
    String residentName,
    String phone,
    String email,
    String language,
    String category,
    String subcategory,
    String description,
    String location,
    Instant receivedAt,
    String priority,
    String handlingGroup,
    boolean emergency,
    String handler,
    Instant dispatchedAt,
    Instant handledAt,
    int reworkCount,
    String satisfaction,
    Instant feedbackSentAt,
    Boolean callbackSatisfied,
    boolean closedAtDesk,
    Instant archivedAt,
    List<Deadline> deadlines) {

  public record Deadline(
      String rule,
      int round,
      Instant startedAt,
      Instant dueAt,
      Instant metAt,
      Instant breachedAt,
      String escalatedTo) {

    static Deadline of(DeadlineClock clock) {
      return new Deadline(
          clock.getRuleId(),
          clock.getRound(),
          clock.getStartedAt(),
          clock.getDueAt(),
          clock.getMetAt(),
          clock.getBreachedAt(),
          clock.getEscalatedTo());
    }
  }

  /** The case with its deadline clocks, read in the caller's transaction. */
  static CaseView of(ServiceCase c, Deadlines deadlines) {
    return of(c, deadlines.clocksOf(c.getId()));
  }

  private static CaseView of(ServiceCase c, List<DeadlineClock> clocks) {
    return new CaseView(
        c.getCaseNumber(),
        c.getPropertyCode(),
        c.getStatus().name(),
        c.getRequest().channel(),
        c.getRequest().unit(),
        c.getRequest().residentName(),
        c.getRequest().phone(),
        c.getRequest().email(),
        c.getRequest().language(),
        c.getRequest().category(),
        c.getRequest().subcategory(),
        c.getRequest().description(),
        c.getRequest().location(),
        c.getReceivedAt(),
        c.getTriage().priority(),
        c.getTriage().handlingGroup(),
        c.getTriage().emergency(),
        c.getHandler(),
        c.getDispatchedAt(),
        c.getHandledAt(),
        c.getReworkCount(),
        c.getSatisfaction(),
        c.getFeedbackSentAt(),
        c.getCallbackSatisfied(),
        c.isClosedAtDesk(),
        c.getArchivedAt(),
        clocks.stream().map(Deadline::of).toList());
  }
}
