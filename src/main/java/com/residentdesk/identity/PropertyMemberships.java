package com.residentdesk.identity;

import com.residentdesk.system.Privileged;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who works for which property. A property is a Camunda tenant (its code is the tenant id); a user
 * works for it when they are a member of the tenant, directly or through a group: the property's
 * own group ({@link StaffGroups#propertyGroup}), the company's departments (members of every
 * tenant), or, while the company has one property, every staff group. The administrator works for
 * all, as the engine itself lets them.
 *
 * <p>A user's groups and properties, and a group's members at a property, are read once per {@code
 * desk.sign-in.membership-cache} (30 s) and kept: every request signs in (basic authentication, the
 * web form's token, the webapps' session), and reading them anew each time cost three queries a
 * request (issue 15). A membership (or a member's e-mail address) given, changed or taken away in
 * Camunda Admin therefore takes effect within that time; those the desk changes itself ({@link
 * #forget}) at once. The password is still checked on every request.
 */
@Component
public class PropertyMemberships {

  /** More users than a company has staff: beyond it, everything is read again. */
  private static final int MAX_KEPT = 10_000;

  private record Kept<T>(List<T> value, long until) {}

  private final IdentityService identityService;
  private final long keepNanos;
  private final Map<String, Kept<String>> groups = new ConcurrentHashMap<>();
  private final Map<String, Kept<String>> properties = new ConcurrentHashMap<>();
  private final Map<String, Kept<User>> members = new ConcurrentHashMap<>();

  public PropertyMemberships(
      IdentityService identityService,
      @Value("${desk.sign-in.membership-cache:PT30S}") Duration keep) {
    this.identityService = identityService;
    this.keepNanos = keep.toNanos();
  }

  /** Memberships changed: read everyone's again. */
  public void forget() {
    groups.clear();
    properties.clear();
    members.clear();
  }

  /** The ids of the user's groups (their authorities once signed in). */
  public List<String> groupsOf(String userId) {
    return kept(
        groups,
        userId,
        () ->
            Privileged.asSystem(
                () ->
                    identityService.createGroupQuery().groupMember(userId).list().stream()
                        .map(Group::getId)
                        .toList()));
  }

  private <T> List<T> kept(Map<String, Kept<T>> cache, String key, Supplier<List<T>> read) {
    long now = System.nanoTime();
    Kept<T> kept = cache.get(key);
    if (kept != null && now - kept.until() < 0) {
      return kept.value();
    }
    if (cache.size() >= MAX_KEPT) {
      cache.clear();
    }
    List<T> value = List.copyOf(read.get());
    cache.put(key, new Kept<>(value, now + keepNanos));
    return value;
  }

  /** The codes of the properties the user works for, sorted. */
  public List<String> propertiesOf(String userId) {
    return kept(properties, userId, () -> readPropertiesOf(userId));
  }

  private List<String> readPropertiesOf(String userId) {
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

  /**
   * The members of a group who work for the property (who gets a property's e-mails, the people a
   * dispatcher may pick), kept as long as a user's groups: a timer storm's breaches all e-mail the
   * same group, and reading it cost seven identity queries each (issue 15, BENCHMARKS §3).
   */
  public List<User> members(String groupId, String propertyCode) {
    return kept(
        members, groupId + '\u0000' + propertyCode, () -> readMembers(groupId, propertyCode));
  }

  private List<User> readMembers(String groupId, String propertyCode) {
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
