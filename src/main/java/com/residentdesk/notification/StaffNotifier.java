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

  public void notifyGroup(String groupId, String dedupeKey, Long caseId, String subject, String body) {
    List<User> members =
        Privileged.read(() -> identityService.createUserQuery().memberOfGroup(groupId).list());
    for (User member : members) {
      if (member.getEmail() != null && !member.getEmail().isBlank()) {
        outbox.enqueue(
            dedupeKey + "-" + member.getId(),
            caseId,
            MessagePurpose.DEADLINE_BREACH,
            member.getEmail(),
            subject,
            body);
      }
    }
  }
}
