package com.residentdesk.provisioning;

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
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile only: two properties in the same city, 阳光花园 (YG, the property the desk's data
 * moved to, front desk 08:00–20:00) and 海岚湾 (HL, front desk 08:00–22:00), each with one user per
 * staff group (password "demo"), a channel-integration account, households, regions and a rota; the
 * company's quality user and auditor, who see both; and the IT operator. Never active in production
 * (see README).
 */
@Component
@Profile("demo")
public class DemoData {

  public static final String PASSWORD = "demo";

  /** The first demo property: the one the migration created (application-demo.yaml). */
  private static final String FIRST = "1";

  /** The second demo property. */
  static final String SECOND = "HL";

  /** user id, first name, last name, group, property (null: none, the company's or IT) */
  static final List<String[]> USERS =
      List.of(
          new String[] {"clerk", "Lin", "Clerk", StaffGroups.FRONT_DESK, FIRST},
          new String[] {"supervisor", "Wang", "Supervisor", StaffGroups.SUPERVISOR, FIRST},
          new String[] {"regional", "Zhao", "Regional", StaffGroups.REGIONAL_MANAGER, FIRST},
          new String[] {"cshead", "Chen", "Head", StaffGroups.CS_HEAD, FIRST},
          new String[] {"manager", "Liu", "Manager", StaffGroups.CENTRE_MANAGER, FIRST},
          new String[] {"engineer", "Zhang", "Engineer", StaffGroups.ENGINEERING, FIRST},
          new String[] {"guard", "Huang", "Guard", StaffGroups.SECURITY, FIRST},
          new String[] {"records", "Zhou", "Records", StaffGroups.RECORDS, FIRST},
          new String[] {"control", "Ma", "Control", StaffGroups.SECURITY_CONTROL, FIRST},
          new String[] {"webform", "Web", "Form", StaffGroups.CHANNEL_INTEGRATION, FIRST},
          new String[] {"clerk2", "Xu", "Clerk", StaffGroups.FRONT_DESK, SECOND},
          new String[] {"supervisor2", "He", "Supervisor", StaffGroups.SUPERVISOR, SECOND},
          new String[] {"regional2", "Guo", "Regional", StaffGroups.REGIONAL_MANAGER, SECOND},
          new String[] {"cshead2", "Luo", "Head", StaffGroups.CS_HEAD, SECOND},
          new String[] {"manager2", "Gao", "Manager", StaffGroups.CENTRE_MANAGER, SECOND},
          new String[] {"engineer2", "Lin", "Engineer", StaffGroups.ENGINEERING, SECOND},
          new String[] {"guard2", "Song", "Guard", StaffGroups.SECURITY, SECOND},
          new String[] {"control2", "Zheng", "Control", StaffGroups.SECURITY_CONTROL, SECOND},
          new String[] {"webform2", "Web", "Form", StaffGroups.CHANNEL_INTEGRATION, SECOND},
          new String[] {"quality", "Wu", "Quality", StaffGroups.QUALITY, null},
          new String[] {"auditor", "Sun", "Auditor", StaffGroups.AUDITOR, null},
          new String[] {"operator", "Gao", "Operator", StaffGroups.OPERATOR, null},
          new String[] {"owner", "He", "Owner", StaffGroups.PROCESS_OWNER, null});

  private final IdentityService identityService;
  private final HouseholdRepository households;
  private final DutyShiftRepository rota;
  private final RegionRepository regions;
  private final PropertyRepository properties;
  private final PropertyRegister register;
  private final String first;

  private final PropertyMemberships memberships;

  public DemoData(
      IdentityService identityService,
      HouseholdRepository households,
      DutyShiftRepository rota,
      RegionRepository regions,
      PropertyRepository properties,
      PropertyRegister register,
      PropertyMemberships memberships,
      @Value("${spring.flyway.placeholders.defaultPropertyCode}") String first) {
    this.memberships = memberships;
    this.identityService = identityService;
    this.households = households;
    this.rota = rota;
    this.regions = regions;
    this.properties = properties;
    this.register = register;
    this.first = first;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(15)
  @Transactional
  public void load() {
    properties
        .findById(first)
        .ifPresent(
            yg ->
                register.update(
                    yg,
                    new PropertyRegister.Details(
                        "阳光花园", "上海市浦东新区阳光路 88 号", "021-5888 0001", null, null, null)));
    if (!properties.existsById(SECOND)) {
      register.add(
          SECOND,
          new PropertyRegister.Details(
              "海岚湾",
              "上海市浦东新区海岚路 16 号",
              "021-5888 0002",
              null,
              LocalTime.of(8, 0),
              LocalTime.of(22, 0)));
    }
    for (String[] user : USERS) {
      ensureUser(user[0], user[1], user[2], user[3], FIRST.equals(user[4]) ? first : user[4]);
    }
    if (rota.countByPropertyCode(first) == 0) {
      rota.saveAll(demoRota(first, ""));
    }
    if (rota.countByPropertyCode(SECOND) == 0) {
      rota.saveAll(demoRota(SECOND, "2"));
    }
    if (households.countByPropertyCode(first) == 0) {
      households.saveAll(
          List.of(
              new Household(
                  first, "1-0101", "李明", "13800000101", "li.ming@example.com", "zh-CN", "phone"),
              new Household(
                  first, "1-0502", "王芳", "13800000502", "wang.fang@example.com", "zh-CN", "email"),
              new Household(first, "2-1201", "张伟", "13800001201", null, "zh-CN", "walk-in"),
              new Household(
                  first,
                  "3-0808",
                  "Emily Carter",
                  "13800000808",
                  "emily.carter@example.com",
                  "en",
                  "email"),
              new Household(
                      first, "5-1603", "陈静", "13800001603", "chen.jing@example.com", "zh-CN", "app")
                  .asImportantOwner()));
    }
    if (households.countByPropertyCode(SECOND) == 0) {
      // the same unit number as at 阳光花园, another household: units are named per property
      households.saveAll(
          List.of(
              new Household(
                  SECOND, "1-0502", "赵磊", "13900000502", "zhao.lei@example.com", "zh-CN", "app"),
              new Household(
                  SECOND, "2-0303", "孙丽", "13900000303", "sun.li@example.com", "zh-CN", "phone"),
              new Household(SECOND, "6-1101", "周强", "13900001101", null, "zh-CN", "walk-in")));
    }
    if (regions.countByPropertyCode(first) == 0) {
      register.addRegion(first, "北区 North", "regional", List.of("1", "2"));
      register.addRegion(first, "南区 South", "regional", List.of("3", "5"));
    }
    if (regions.countByPropertyCode(SECOND) == 0) {
      register.addRegion(SECOND, "东区 East", "regional2", List.of("1", "2"));
      register.addRegion(SECOND, "西区 West", "regional2", List.of("6"));
    }
  }

  /**
   * Someone is on duty around the clock at each property, so an emergency can be walked at any
   * hour; {@code suffix} names the property's users ("engineer2").
   */
  private static List<DutyShift> demoRota(String property, String suffix) {
    LocalDate from = LocalDate.of(2020, 1, 1);
    LocalTime day = LocalTime.of(8, 0);
    LocalTime night = LocalTime.of(20, 0);
    String engineer = "engineer" + suffix;
    String supervisor = "supervisor" + suffix;
    return List.of(
        new DutyShift(
            property, StaffGroups.ENGINEERING, engineer, DutyRole.STAFF, day, night, from, null),
        new DutyShift(
            property, StaffGroups.ENGINEERING, engineer, DutyRole.STAFF, night, day, from, null),
        new DutyShift(
            property,
            StaffGroups.ENGINEERING,
            supervisor,
            DutyRole.SUPERVISOR,
            day,
            day,
            from,
            null),
        new DutyShift(
            property, StaffGroups.SECURITY, "guard" + suffix, DutyRole.STAFF, day, day, from, null),
        new DutyShift(
            property, StaffGroups.SECURITY, supervisor, DutyRole.SUPERVISOR, day, day, from, null),
        new DutyShift(
            property,
            StaffGroups.SECURITY_CONTROL,
            "control" + suffix,
            DutyRole.STAFF,
            day,
            day,
            from,
            null),
        new DutyShift(
            property,
            StaffGroups.CENTRE_MANAGER,
            "manager" + suffix,
            DutyRole.STAFF,
            day,
            day,
            from,
            null));
  }

  private void ensureUser(
      String id, String firstName, String lastName, String group, String property) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@service-desk.example.com");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    ensureMember(id, group);
    if (property != null) {
      ensureMember(id, StaffGroups.propertyGroup(property));
    }
  }

  private void ensureMember(String userId, String group) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
      identityService.createMembership(userId, group);
      memberships.forget();
    }
  }
}
