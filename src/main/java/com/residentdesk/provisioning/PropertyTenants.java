package com.residentdesk.provisioning;

import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyCreated;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.ConcurrentStartup;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each property as a Camunda tenant with its staff group ("property-YG", named after the property):
 * the group is a member of the tenant, so adding someone to it assigns them to the property. The
 * company's departments (quality, auditors) are members of every tenant.
 *
 * <p>While the company has one property, every staff group is a member of its tenant: everyone
 * works for it, as before there were properties, and a new account needs no assignment. When a
 * second property is added, that blanket membership ends and each member of a staff group who had
 * no property of their own is put in the first property's group, so nobody loses their work; from
 * then on an administrator assigns new staff to their property.
 */
@Component
public class PropertyTenants {

  private static final Logger log = LoggerFactory.getLogger(PropertyTenants.class);

  private final IdentityService identityService;
  private final PropertyDirectory properties;
  private final PropertyMemberships memberships;

  public PropertyTenants(
      IdentityService identityService,
      PropertyDirectory properties,
      PropertyMemberships memberships) {
    this.identityService = identityService;
    this.properties = properties;
    this.memberships = memberships;
  }

  /** After the staff groups exist (EngineAuthorizations, order 10). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(12)
  public void apply() {
    ConcurrentStartup.converge("Property tenants", this::provision);
  }

  /** A new property takes cases at once: before its Tasklist queues (TasklistFilters). */
  @EventListener
  @Order(1)
  public void added(PropertyCreated created) {
    provision();
  }

  private void provision() {
    List<PropertyDirectory.Settings> all = properties.all();
    for (PropertyDirectory.Settings property : all) {
      ensureTenant(property.code(), property.name());
      String staff = StaffGroups.propertyGroup(property.code());
      ensureGroup(staff, "项目员工: " + property.name());
      ensureMembership(property.code(), staff);
      StaffGroups.COMPANY.forEach(company -> ensureMembership(property.code(), company));
    }
    if (all.size() == 1) {
      workingGroups().forEach(group -> ensureMembership(all.get(0).code(), group));
    } else {
      assignStaffOfTheFirstProperty();
    }
    memberships.forget();
  }

  /** The groups that work for a property, not the company. */
  private static List<String> workingGroups() {
    List<String> groups = new ArrayList<>(StaffGroups.STAFF.keySet());
    groups.removeAll(StaffGroups.COMPANY);
    groups.add(StaffGroups.CHANNEL_INTEGRATION);
    return groups;
  }

  private void assignStaffOfTheFirstProperty() {
    for (String group : workingGroups()) {
      for (Tenant tenant : identityService.createTenantQuery().groupMember(group).list()) {
        for (User user : identityService.createUserQuery().memberOfGroup(group).list()) {
          if (!hasOwnProperty(user.getId())) {
            identityService.createMembership(
                user.getId(), StaffGroups.propertyGroup(tenant.getId()));
          }
        }
        identityService.deleteTenantGroupMembership(tenant.getId(), group);
        log.info(
            "Group {} no longer works for every property; its members stay with {}",
            group,
            tenant.getId());
      }
    }
  }

  private boolean hasOwnProperty(String userId) {
    boolean inPropertyGroup =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .anyMatch(StaffGroups::isPropertyGroup);
    return inPropertyGroup || identityService.createTenantQuery().userMember(userId).count() > 0;
  }

  private void ensureTenant(String code, String name) {
    Tenant tenant = identityService.createTenantQuery().tenantId(code).singleResult();
    if (tenant == null) {
      tenant = identityService.newTenant(code);
    } else if (name.equals(tenant.getName())) {
      return;
    }
    tenant.setName(name);
    identityService.saveTenant(tenant);
  }

  private void ensureGroup(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
      group.setType("PROPERTY");
    } else if (name.equals(group.getName())) {
      return;
    }
    group.setName(name);
    identityService.saveGroup(group);
  }

  private void ensureMembership(String tenantId, String groupId) {
    if (identityService.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
      identityService.createTenantGroupMembership(tenantId, groupId);
    }
  }
}
