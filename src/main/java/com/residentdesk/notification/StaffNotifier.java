package com.residentdesk.notification;

import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.system.Privileged;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** E-mails every member of a staff group through the outbox. */
@Component
public class StaffNotifier {

  private final IdentityService identityService;
  private final PropertyMemberships memberships;
  private final Outbox outbox;

  public StaffNotifier(
      IdentityService identityService, PropertyMemberships memberships, Outbox outbox) {
    this.identityService = identityService;
    this.memberships = memberships;
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

  /** E-mails every member of a group who works for the property. */
  public void notifyGroup(
      String groupId,
      String propertyCode,
      String dedupeKey,
      Long caseId,
      MessagePurpose purpose,
      String subject,
      String body) {
    memberships
        .members(groupId, propertyCode)
        .forEach(member -> send(member, dedupeKey, caseId, purpose, subject, body));
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
