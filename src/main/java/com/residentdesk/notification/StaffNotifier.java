package com.residentdesk.notification;

import com.residentdesk.system.Privileged;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** E-mails every member of a staff group through the outbox. */
@Component
public class StaffNotifier {

  private final IdentityService identityService;
  private final Outbox outbox;

  public StaffNotifier(IdentityService identityService, Outbox outbox) {
    this.identityService = identityService;
    this.outbox = outbox;
  }

  /** E-mails one staff member (skipped when their account has no address). */
  public void notifyUser(
      String userId,
      String dedupeKey,
      Long caseId,
      MessagePurpose purpose,
      String subject,
      String body) {
    User user =
        Privileged.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user != null) {
      send(user, dedupeKey, caseId, purpose, subject, body);
    }
  }

  /** E-mails every member of a group. */
  public void notifyGroup(
      String groupId,
      String dedupeKey,
      Long caseId,
      MessagePurpose purpose,
      String subject,
      String body) {
    List<User> members =
        Privileged.asSystem(() -> identityService.createUserQuery().memberOfGroup(groupId).list());
    members.forEach(member -> send(member, dedupeKey, caseId, purpose, subject, body));
  }

  private void send(
      User user,
      String dedupeKey,
      Long caseId,
      MessagePurpose purpose,
      String subject,
      String body) {
    if (user.getEmail() != null && !user.getEmail().isBlank()) {
      outbox.enqueue(
          dedupeKey + "-" + user.getId(), caseId, purpose, user.getEmail(), subject, body);
    }
  }
}
