package com.residentdesk.survey;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.InvalidFieldException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QA-08: owners' forums, recorded with attendees, opinions and follow-up; a follow-up that needs
 * correcting becomes a corrective action in the same transaction (all or nothing).
 */
@Service
public class OwnersForums {

  /** A follow-up action of a forum that is to be corrected. */
  public record FollowUpAction(String description, String ownerGroup, Instant dueAt) {}

  private final OwnersForumRepository forums;
  private final CorrectiveActions actions;
  private final DeskClock clock;

  OwnersForums(OwnersForumRepository forums, CorrectiveActions actions, DeskClock clock) {
    this.forums = forums;
    this.actions = actions;
    this.clock = clock;
  }

  /** Records the forum and raises its corrective actions; returns the forum and action ids. */
  @Transactional
  public List<Long> record(
      String property,
      String theme,
      Instant heldAt,
      String attendees,
      String opinions,
      String followUp,
      List<FollowUpAction> corrections,
      String by) {
    if (heldAt.isAfter(clock.now())) {
      throw new InvalidFieldException("heldAt", "problem.forum.future");
    }
    OwnersForum forum =
        forums.save(
            new OwnersForum(
                property,
                theme.strip(),
                heldAt,
                attendees.strip(),
                opinions.strip(),
                followUp == null || followUp.isBlank() ? null : followUp.strip(),
                by,
                clock.now()));
    List<Long> ids = new ArrayList<>();
    ids.add(forum.getId());
    for (int i = 0; i < corrections.size(); i++) {
      FollowUpAction action = corrections.get(i);
      try {
        ids.add(
            actions.raise(
                property,
                CorrectiveAction.Source.FORUM,
                forum.getId(),
                null,
                action.description(),
                action.ownerGroup(),
                action.dueAt()));
      } catch (InvalidFieldException wrong) {
        throw new InvalidFieldException(
            "actions[" + i + "]." + wrong.field(), wrong.getMessage(), wrong.args());
      }
    }
    return ids;
  }

  @Transactional(readOnly = true)
  public List<OwnersForum> of(List<String> properties) {
    return properties.isEmpty()
        ? List.of()
        : forums.findByPropertyCodeInOrderByHeldAtDesc(properties);
  }
}
