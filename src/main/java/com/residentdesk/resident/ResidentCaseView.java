package com.residentdesk.resident;

import com.residentdesk.complaint.ComplaintAppeals;
import java.time.Instant;
import java.util.List;

/**
 * One case as its resident sees it (HLP-08): what they reported, a timeline in plain steps, the
 * expected completion, who to call. No staff name but the handler's display name, no other case, no
 * other household, nothing the staff recorded about other parties.
 *
 * @param timeline steps in order; the page words each {@code code}
 * @param expected the deadline the resident waits for, or null when nothing is pending
 */
public record ResidentCaseView(
    String caseNumber,
    String propertyName,
    String centrePhone,
    String timeZone,
    String category,
    String subcategory,
    String description,
    String location,
    Instant receivedAt,
    boolean emergency,
    String handlerName,
    List<Step> timeline,
    Expected expected,
    boolean awaitingConfirmation,
    String satisfaction,
    ComplaintAppeals.ComplainantView complaint,
    List<Photo> photos) {

  /** {@code code}: received, assigned, handled, awaiting-confirmation, rework, confirmed, ... */
  public record Step(String code, Instant at, boolean current) {}

  /**
   * @param what dispatch, arrival, completion, acceptance or measures
   * @param late the time passed and the work is not done: the centre follows it up
   */
  public record Expected(String what, Instant by, boolean late) {}

  public record Photo(Long id, String contentType) {}
}
