package com.residentdesk.identity;

import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.Privileged;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** A person named to do the work must belong to the group the work is routed to. */
@Component
public class GroupMembership {

  private final IdentityService identityService;

  public GroupMembership(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * @throws InvalidEntryException naming {@code field} when the user is not in the group
   */
  public void require(String field, String userId, String groupId) {
    long members =
        Privileged.asSystem(
            () -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count());
    if (members == 0) {
      throw new InvalidEntryException(
          field, field + " '" + userId + "' is not a member of the handling group " + groupId);
    }
  }
}
