package com.residentdesk.support;

import static com.residentdesk.identity.StaffGroups.AUDITOR;
import static com.residentdesk.identity.StaffGroups.CENTRE_MANAGER;
import static com.residentdesk.identity.StaffGroups.CHANNEL_INTEGRATION;
import static com.residentdesk.identity.StaffGroups.CS_HEAD;
import static com.residentdesk.identity.StaffGroups.ENGINEERING;
import static com.residentdesk.identity.StaffGroups.FRONT_DESK;
import static com.residentdesk.identity.StaffGroups.OPERATOR;
import static com.residentdesk.identity.StaffGroups.PROCESS_OWNER;
import static com.residentdesk.identity.StaffGroups.QUALITY;
import static com.residentdesk.identity.StaffGroups.RECORDS;
import static com.residentdesk.identity.StaffGroups.REGIONAL_MANAGER;
import static com.residentdesk.identity.StaffGroups.SECURITY;
import static com.residentdesk.identity.StaffGroups.SECURITY_CONTROL;
import static com.residentdesk.identity.StaffGroups.SUPERVISOR;

import com.residentdesk.household.Household;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.identity.PropertyMemberships;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyRegister;
import com.residentdesk.property.PropertyRepository;
import com.residentdesk.property.RegionRepository;
import com.residentdesk.rota.DutyRole;
import com.residentdesk.rota.DutyShift;
import com.residentdesk.rota.DutyShiftRepository;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Spring Boot tests work with, created once per database after the engine's groups exist:
 * two properties, 南湖花园 (PA, the one the migration moves existing data to; the company's front-desk
 * hours) and 北岸花园 (PB, its own front-desk hours 08:00-22:00), each with its own staff, households,
 * regions and a rota with someone on duty around the clock; one clerk who works for both; and the
 * company's quality user and auditor, who see both. The users of property A are the ones most tests
 * complete tasks as. The demo profile's data is for {@code spring-boot:run}; no test depends on it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DeskFixture {

  /** Every fixture user's password (the administrator is admin/admin, application-test.yaml). */
  public static final String PASSWORD = "fixture-secret";

  /** The property the migration created (application-test.yaml): 南湖花园. */
  public static final String PROPERTY_A = "PA";

  /** The second property: 北岸花园, front desk 08:00-22:00, in the same city. */
  public static final String PROPERTY_B = "PB";

  public static final LocalTime PROPERTY_B_OPENS = LocalTime.of(8, 0);
  public static final LocalTime PROPERTY_B_CLOSES = LocalTime.of(22, 0);

  /** A front-desk clerk who works for both properties. */
  public static final String CLERK_OF_BOTH = "clerkab";

  /** Household with an e-mail address, reads Chinese: 王芳, unit 1-0502. */
  public static final String UNIT_WITH_EMAIL = "1-0502";

  /** Household without an e-mail address: 张伟, unit 2-1201. */
  public static final String UNIT_WITHOUT_EMAIL = "2-1201";

  /** Household that reads English: Emily Carter, unit 3-0808. */
  public static final String UNIT_READING_ENGLISH = "3-0808";

  /** An important owner (SUG-03): 陈静, unit 5-1603. */
  public static final String UNIT_OF_IMPORTANT_OWNER = "5-1603";

  /** Property A's users: the user id each staff group's tasks are completed as. */
  private static final Map<String, String> USER_OF_GROUP = new LinkedHashMap<>();

  /** Property B's users ("clerkb" is its front desk). */
  private static final Map<String, String> USER_OF_GROUP_B = new LinkedHashMap<>();

  static {
    USER_OF_GROUP.put("clerk", FRONT_DESK);
    USER_OF_GROUP.put("supervisor", SUPERVISOR);
    USER_OF_GROUP.put("regional", REGIONAL_MANAGER);
    USER_OF_GROUP.put("cshead", CS_HEAD);
    USER_OF_GROUP.put("manager", CENTRE_MANAGER);
    USER_OF_GROUP.put("engineer", ENGINEERING);
    USER_OF_GROUP.put("guard", SECURITY);
    USER_OF_GROUP.put("records", RECORDS);
    USER_OF_GROUP.put("control", SECURITY_CONTROL);
    USER_OF_GROUP.put("webform", CHANNEL_INTEGRATION);
    USER_OF_GROUP_B.put("clerkb", FRONT_DESK);
    USER_OF_GROUP_B.put("supervisorb", SUPERVISOR);
    USER_OF_GROUP_B.put("managerb", CENTRE_MANAGER);
    USER_OF_GROUP_B.put("engineerb", ENGINEERING);
    USER_OF_GROUP_B.put("guardb", SECURITY);
    USER_OF_GROUP_B.put("controlb", SECURITY_CONTROL);
    USER_OF_GROUP_B.put("webformb", CHANNEL_INTEGRATION);
  }

  private final IdentityService identity;
  private final HouseholdRepository households;
  private final DutyShiftRepository rota;
  private final RegionRepository regions;
  private final PropertyRepository properties;
  private final PropertyRegister register;

  private final PropertyMemberships memberships;

  DeskFixture(
      IdentityService identity,
      HouseholdRepository households,
      DutyShiftRepository rota,
      RegionRepository regions,
      PropertyRepository properties,
      PropertyRegister register,
      PropertyMemberships memberships) {
    this.memberships = memberships;
    this.identity = identity;
    this.households = households;
    this.rota = rota;
    this.regions = regions;
    this.properties = properties;
    this.register = register;
  }

  /** After the engine's groups, grants and tenants (orders 10 and 12), like the demo data. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(15)
  @Transactional
  public void create() {
    if (!properties.existsById(PROPERTY_B)) {
      register.add(
          PROPERTY_B,
          new PropertyRegister.Details(
              "北岸花园",
              "上海市浦东新区北岸路 9 号",
              "021-5888 0009",
              null,
              PROPERTY_B_OPENS,
              PROPERTY_B_CLOSES));
    }
    USER_OF_GROUP.forEach((user, group) -> staffMember(user, group, List.of(PROPERTY_A)));
    USER_OF_GROUP_B.forEach((user, group) -> staffMember(user, group, List.of(PROPERTY_B)));
    staffMember(CLERK_OF_BOTH, FRONT_DESK, List.of(PROPERTY_A, PROPERTY_B));
    staffMember("quality", QUALITY, List.of());
    staffMember("auditor", AUDITOR, List.of());
    staffMember("operator", OPERATOR, List.of());
    staffMember("owner", PROCESS_OWNER, List.of());
    if (households.countByPropertyCode(PROPERTY_A) == 0) {
      household(PROPERTY_A, UNIT_WITH_EMAIL, "王芳", "13800000502", "wang.fang@example.com", "zh-CN");
      household(PROPERTY_A, UNIT_WITHOUT_EMAIL, "张伟", "13800001201", null, "zh-CN");
      household(
          PROPERTY_A,
          UNIT_READING_ENGLISH,
          "Emily Carter",
          "13800000808",
          "emily.carter@example.com",
          "en");
      household(PROPERTY_A, "1-0101", "李明", "13800000101", "li.ming@example.com", "zh-CN");
      households.save(
          new Household(
                  PROPERTY_A,
                  UNIT_OF_IMPORTANT_OWNER,
                  "陈静",
                  "13800001603",
                  "chen.jing@example.com",
                  "zh-CN",
                  "app")
              .asImportantOwner());
    }
    if (households.countByPropertyCode(PROPERTY_B) == 0) {
      // the same unit number as at property A, another household
      household(PROPERTY_B, UNIT_WITH_EMAIL, "赵磊", "13900000502", "zhao.lei@example.com", "zh-CN");
    }
    if (regions.countByPropertyCode(PROPERTY_A) == 0) {
      register.addRegion(PROPERTY_A, "North", "regional", List.of("1", "2"));
      register.addRegion(PROPERTY_A, "South", "regional", List.of("3", "5"));
    }
    rota(PROPERTY_A, "");
    rota(PROPERTY_B, "b");
  }

  /** Someone on duty around the clock at the property: its users are named with {@code suffix}. */
  private void rota(String property, String suffix) {
    if (rota.countByPropertyCode(property) > 0) {
      return;
    }
    onDutyAroundTheClock(property, ENGINEERING, "engineer" + suffix, DutyRole.STAFF);
    onDutyAroundTheClock(property, ENGINEERING, "supervisor" + suffix, DutyRole.SUPERVISOR);
    onDutyAroundTheClock(property, SECURITY, "guard" + suffix, DutyRole.STAFF);
    onDutyAroundTheClock(property, SECURITY, "supervisor" + suffix, DutyRole.SUPERVISOR);
    onDutyAroundTheClock(property, SECURITY_CONTROL, "control" + suffix, DutyRole.STAFF);
    onDutyAroundTheClock(property, CENTRE_MANAGER, "manager" + suffix, DutyRole.STAFF);
  }

  /**
   * Signs the user in to the engine as Tasklist does: with their groups and the properties
   * (tenants) they work for, so that the engine's authorizations and tenant check both apply.
   */
  public static void signIn(IdentityService identity, String userId, List<String> groups) {
    List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    identity.setAuthentication(userId, groups, tenants);
  }

  private void staffMember(String userId, String groupId, List<String> propertyCodes) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("Fixture");
      user.setEmail(userId + "@service-desk.example.com");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    member(userId, groupId);
    propertyCodes.forEach(code -> member(userId, StaffGroups.propertyGroup(code)));
  }

  private void member(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
      memberships.forget();
    }
  }

  private void household(
      String property, String unit, String name, String phone, String email, String language) {
    households.save(new Household(property, unit, name, phone, email, language, "phone"));
  }

  /** One shift from midnight to midnight, valid since 2020. */
  private void onDutyAroundTheClock(String property, String groupId, String userId, DutyRole role) {
    LocalTime midnight = LocalTime.MIDNIGHT;
    rota.save(
        new DutyShift(
            property, groupId, userId, role, midnight, midnight, LocalDate.of(2020, 1, 1), null));
  }
}
