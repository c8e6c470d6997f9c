package com.residentdesk.identity;

import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.Privileged;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * A person named to do the work must belong to the group the work is routed to, and work for the
 * case's property.
 */
@Component
public class GroupMembership {

  private final IdentityService identityService;
  private final PropertyMemberships properties;

  public GroupMembership(IdentityService identityService, PropertyMemberships properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  /**
   * @throws InvalidEntryException naming {@code field} when the user is not in the group or does
   *     not work for the property
   */
  public void require(String field, String userId, String groupId, String propertyCode) {
    long members =
        Privileged.asSystem(
            () -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count());
    if (members == 0) {
      throw new InvalidEntryException(
          field, "“" + userId + "”不是处理组（" + groupId + "）的成员，请从列表中选择 (not in the group)");
    }
    if (!properties.worksFor(userId, propertyCode)) {
      throw new InvalidEntryException(
          field, "“" + userId + "”不在本项目（" + propertyCode + "）工作，请从列表中选择 (not at this property)");
    }
  }
}
