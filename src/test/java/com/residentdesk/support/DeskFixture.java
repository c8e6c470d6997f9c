package com.residentdesk.support;

import static com.residentdesk.identity.StaffGroups.AUDITOR;
import static com.residentdesk.identity.StaffGroups.CENTRE_MANAGER;
import static com.residentdesk.identity.StaffGroups.CHANNEL_INTEGRATION;
import static com.residentdesk.identity.StaffGroups.CS_HEAD;
import static com.residentdesk.identity.StaffGroups.ENGINEERING;
import static com.residentdesk.identity.StaffGroups.FRONT_DESK;
import static com.residentdesk.identity.StaffGroups.OPERATOR;
import static com.residentdesk.identity.StaffGroups.QUALITY;
import static com.residentdesk.identity.StaffGroups.RECORDS;
import static com.residentdesk.identity.StaffGroups.REGIONAL_MANAGER;
import static com.residentdesk.identity.StaffGroups.SECURITY;
import static com.residentdesk.identity.StaffGroups.SECURITY_CONTROL;
import static com.residentdesk.identity.StaffGroups.SUPERVISOR;

import com.residentdesk.household.Household;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.inquiry.BuildingRegion;
import com.residentdesk.inquiry.BuildingRegionRepository;
import com.residentdesk.inquiry.Region;
import com.residentdesk.inquiry.RegionRepository;
import com.residentdesk.rota.DutyRole;
import com.residentdesk.rota.DutyShift;
import com.residentdesk.rota.DutyShiftRepository;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Spring Boot tests work with, created once per database after the engine's groups exist:
 * one user per staff group (the user ids the tests complete tasks as), the households the tests
 * register requests for, two regions, and a rota with someone on duty around the clock. The demo
 * profile's data is for {@code spring-boot:run}; no test depends on it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DeskFixture {

  /** Every fixture user's password (the administrator is admin/admin, application-test.yaml). */
  public static final String PASSWORD = "fixture-secret";

  /** Household with an e-mail address, reads Chinese: 王芳, unit 1-0502. */
  public static final String UNIT_WITH_EMAIL = "1-0502";

  /** Household without an e-mail address: 张伟, unit 2-1201. */
  public static final String UNIT_WITHOUT_EMAIL = "2-1201";

  /** Household that reads English: Emily Carter, unit 3-0808. */
  public static final String UNIT_READING_ENGLISH = "3-0808";

  /** An important owner (SUG-03): 陈静, unit 5-1603. */
  public static final String UNIT_OF_IMPORTANT_OWNER = "5-1603";

  /** The user id each staff group's tasks are completed as. */
  private static final Map<String, String> USER_OF_GROUP = new LinkedHashMap<>();

  static {
    USER_OF_GROUP.put("clerk", FRONT_DESK);
    USER_OF_GROUP.put("supervisor", SUPERVISOR);
    USER_OF_GROUP.put("regional", REGIONAL_MANAGER);
    USER_OF_GROUP.put("cshead", CS_HEAD);
    USER_OF_GROUP.put("manager", CENTRE_MANAGER);
    USER_OF_GROUP.put("engineer", ENGINEERING);
    USER_OF_GROUP.put("guard", SECURITY);
    USER_OF_GROUP.put("records", RECORDS);
    USER_OF_GROUP.put("quality", QUALITY);
    USER_OF_GROUP.put("auditor", AUDITOR);
    USER_OF_GROUP.put("control", SECURITY_CONTROL);
    USER_OF_GROUP.put("webform", CHANNEL_INTEGRATION);
    USER_OF_GROUP.put("operator", OPERATOR);
  }

  private final IdentityService identity;
  private final HouseholdRepository households;
  private final DutyShiftRepository rota;
  private final RegionRepository regions;
  private final BuildingRegionRepository buildings;

  DeskFixture(
      IdentityService identity,
      HouseholdRepository households,
      DutyShiftRepository rota,
      RegionRepository regions,
      BuildingRegionRepository buildings) {
    this.identity = identity;
    this.households = households;
    this.rota = rota;
    this.regions = regions;
    this.buildings = buildings;
  }

  /** After the engine's groups and grants (order 10), like the demo data would be. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(15)
  @Transactional
  public void create() {
    USER_OF_GROUP.forEach(this::staffMember);
    if (households.count() == 0) {
      household(UNIT_WITH_EMAIL, "王芳", "13800000502", "wang.fang@example.com", "zh-CN");
      household(UNIT_WITHOUT_EMAIL, "张伟", "13800001201", null, "zh-CN");
      household(
          UNIT_READING_ENGLISH, "Emily Carter", "13800000808", "emily.carter@example.com", "en");
      household("1-0101", "李明", "13800000101", "li.ming@example.com", "zh-CN");
      households.save(
          new Household(
                  UNIT_OF_IMPORTANT_OWNER,
                  "陈静",
                  "13800001603",
                  "chen.jing@example.com",
                  "zh-CN",
                  "app")
              .asImportantOwner());
    }
    if (regions.count() == 0) {
      Long north = regions.save(new Region("North", "regional")).getId();
      Long south = regions.save(new Region("South", "regional")).getId();
      Map.of("1", north, "2", north, "3", south, "5", south)
          .forEach((building, region) -> buildings.save(new BuildingRegion(building, region)));
    }
    if (rota.count() == 0) {
      onDutyAroundTheClock(ENGINEERING, "engineer", DutyRole.STAFF);
      onDutyAroundTheClock(ENGINEERING, "supervisor", DutyRole.SUPERVISOR);
      onDutyAroundTheClock(SECURITY, "guard", DutyRole.STAFF);
      onDutyAroundTheClock(SECURITY, "supervisor", DutyRole.SUPERVISOR);
      onDutyAroundTheClock(SECURITY_CONTROL, "control", DutyRole.STAFF);
      onDutyAroundTheClock(CENTRE_MANAGER, "manager", DutyRole.STAFF);
    }
  }

  private void staffMember(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("Fixture");
      user.setEmail(userId + "@service-desk.example.com");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  private void household(String unit, String name, String phone, String email, String language) {
    households.save(new Household(unit, name, phone, email, language, "phone"));
  }

  /** One shift from midnight to midnight, valid since 2020. */
  private void onDutyAroundTheClock(String groupId, String userId, DutyRole role) {
    LocalTime midnight = LocalTime.MIDNIGHT;
    rota.save(
        new DutyShift(groupId, userId, role, midnight, midnight, LocalDate.of(2020, 1, 1), null));
  }
}
