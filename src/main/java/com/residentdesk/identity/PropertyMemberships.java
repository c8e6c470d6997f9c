package com.residentdesk.identity;

import com.residentdesk.system.Privileged;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who works for which property. A property is a Camunda tenant (its code is the tenant id); a user
 * works for it when they are a member of the tenant, directly or through a group: the property's
 * own group ({@link StaffGroups#propertyGroup}), the company's departments (members of every
 * tenant), or, while the company has one property, every staff group. The administrator works for
 * all, as the engine itself lets them.
 */
@Component
public class PropertyMemberships {

  private final IdentityService identityService;

  public PropertyMemberships(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The codes of the properties the user works for, sorted. */
  public List<String> propertiesOf(String userId) {
    return Privileged.asSystem(
        () -> {
          boolean admin =
              identityService
                      .createGroupQuery()
                      .groupMember(userId)
                      .groupId(StaffGroups.ADMIN)
                      .count()
                  > 0;
          var tenants = identityService.createTenantQuery();
          if (!admin) {
            tenants.userMember(userId).includingGroupsOfUser(true);
          }
          return tenants.orderByTenantId().asc().list().stream().map(Tenant::getId).toList();
        });
  }

  public boolean worksFor(String userId, String propertyCode) {
    return propertiesOf(userId).contains(propertyCode);
  }

  /** The members of a group who work for the property (who gets a property's e-mails, say). */
  public List<User> members(String groupId, String propertyCode) {
    return Privileged.asSystem(
        () -> {
          List<User> members = identityService.createUserQuery().memberOfGroup(groupId).list();
          List<String> propertyGroups =
              identityService.createGroupQuery().memberOfTenant(propertyCode).list().stream()
                  .map(Group::getId)
                  .toList();
          if (propertyGroups.contains(groupId)) {
            return members; // the whole group works for it (one property, or a company group)
          }
          Set<String> staff = staffOf(propertyCode, propertyGroups);
          return members.stream().filter(user -> staff.contains(user.getId())).toList();
        });
  }

  private Set<String> staffOf(String propertyCode, List<String> propertyGroups) {
    Set<String> ids = new HashSet<>();
    identityService
        .createUserQuery()
        .memberOfTenant(propertyCode)
        .list()
        .forEach(user -> ids.add(user.getId()));
    for (String group : propertyGroups) {
      identityService
          .createUserQuery()
          .memberOfGroup(group)
          .list()
          .forEach(user -> ids.add(user.getId()));
    }
    return ids;
  }
}
