package com.residentdesk.provisioning;

import com.residentdesk.household.Household;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.identity.StaffGroups;
import com.residentdesk.inquiry.BuildingRegion;
import com.residentdesk.inquiry.BuildingRegionRepository;
import com.residentdesk.inquiry.Region;
import com.residentdesk.inquiry.RegionRepository;
import com.residentdesk.rota.DutyRole;
import com.residentdesk.rota.DutyShift;
import com.residentdesk.rota.DutyShiftRepository;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile only: one user per staff group (password "demo"), a channel-integration account
 * and a handful of households. Never active in production (see README).
 */
@Component
@Profile("demo")
public class DemoData {

  public static final String PASSWORD = "demo";

  /** user id, first name, last name, group */
  static final List<String[]> USERS =
      List.of(
          new String[] {"clerk", "Lin", "Clerk", StaffGroups.FRONT_DESK},
          new String[] {"supervisor", "Wang", "Supervisor", StaffGroups.SUPERVISOR},
          new String[] {"regional", "Zhao", "Regional", StaffGroups.REGIONAL_MANAGER},
          new String[] {"cshead", "Chen", "Head", StaffGroups.CS_HEAD},
          new String[] {"manager", "Liu", "Manager", StaffGroups.CENTRE_MANAGER},
          new String[] {"engineer", "Zhang", "Engineer", StaffGroups.ENGINEERING},
          new String[] {"guard", "Huang", "Guard", StaffGroups.SECURITY},
          new String[] {"records", "Zhou", "Records", StaffGroups.RECORDS},
          new String[] {"quality", "Wu", "Quality", StaffGroups.QUALITY},
          new String[] {"auditor", "Sun", "Auditor", StaffGroups.AUDITOR},
          new String[] {"control", "Ma", "Control", StaffGroups.SECURITY_CONTROL},
          new String[] {"webform", "Web", "Form", StaffGroups.CHANNEL_INTEGRATION},
          new String[] {"operator", "Gao", "Operator", StaffGroups.OPERATOR});

  private final IdentityService identityService;
  private final HouseholdRepository households;
  private final DutyShiftRepository rota;
  private final RegionRepository regions;
  private final BuildingRegionRepository buildings;

  public DemoData(
      IdentityService identityService,
      HouseholdRepository households,
      DutyShiftRepository rota,
      RegionRepository regions,
      BuildingRegionRepository buildings) {
    this.regions = regions;
    this.buildings = buildings;
    this.identityService = identityService;
    this.households = households;
    this.rota = rota;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(15)
  @Transactional
  public void load() {
    for (String[] user : USERS) {
      ensureUser(user[0], user[1], user[2], user[3]);
    }
    if (rota.count() == 0) {
      rota.saveAll(demoRota());
    }
    if (households.count() == 0) {
      households.saveAll(
          List.of(
              new Household("1-0101", "李明", "13800000101", "li.ming@example.com", "zh-CN", "phone"),
              new Household(
                  "1-0502", "王芳", "13800000502", "wang.fang@example.com", "zh-CN", "email"),
              new Household("2-1201", "张伟", "13800001201", null, "zh-CN", "walk-in"),
              new Household(
                  "3-0808",
                  "Emily Carter",
                  "13800000808",
                  "emily.carter@example.com",
                  "en",
                  "email"),
              new Household("5-1603", "陈静", "13800001603", "chen.jing@example.com", "zh-CN", "app")
                  .asImportantOwner()));
    }
    if (regions.count() == 0) {
      Region north = regions.save(new Region("North", "regional"));
      Region south = regions.save(new Region("South", "regional"));
      buildings.saveAll(
          List.of(
              new BuildingRegion("1", north.getId()), new BuildingRegion("2", north.getId()),
              new BuildingRegion("3", south.getId()), new BuildingRegion("5", south.getId())));
    }
  }

  /** Someone is on duty around the clock in the demo, so an emergency can be walked at any hour. */
  private static List<DutyShift> demoRota() {
    LocalDate from = LocalDate.of(2020, 1, 1);
    LocalTime day = LocalTime.of(8, 0);
    LocalTime night = LocalTime.of(20, 0);
    return List.of(
        new DutyShift(StaffGroups.ENGINEERING, "engineer", DutyRole.STAFF, day, night, from, null),
        new DutyShift(StaffGroups.ENGINEERING, "engineer", DutyRole.STAFF, night, day, from, null),
        new DutyShift(
            StaffGroups.ENGINEERING, "supervisor", DutyRole.SUPERVISOR, day, day, from, null),
        new DutyShift(StaffGroups.SECURITY, "guard", DutyRole.STAFF, day, day, from, null),
        new DutyShift(
            StaffGroups.SECURITY, "supervisor", DutyRole.SUPERVISOR, day, day, from, null),
        new DutyShift(
            StaffGroups.SECURITY_CONTROL, "control", DutyRole.STAFF, day, day, from, null),
        new DutyShift(StaffGroups.CENTRE_MANAGER, "manager", DutyRole.STAFF, day, day, from, null));
  }

  private void ensureUser(String id, String firstName, String lastName, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@service-desk.example.com");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identityService.createMembership(id, group);
    }
  }
}
