package com.residentdesk.identity;

import com.residentdesk.household.Household;
import com.residentdesk.household.HouseholdRepository;
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
          new String[] {"webform", "Web", "Form", StaffGroups.CHANNEL_INTEGRATION});

  private final IdentityService identityService;
  private final HouseholdRepository households;

  public DemoData(IdentityService identityService, HouseholdRepository households) {
    this.identityService = identityService;
    this.households = households;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(15)
  @Transactional
  public void load() {
    for (String[] user : USERS) {
      ensureUser(user[0], user[1], user[2], user[3]);
    }
    if (households.count() == 0) {
      households.saveAll(
          List.of(
              new Household("1-0101", "李明", "13800000101", "li.ming@example.com", "zh-CN", "phone"),
              new Household("1-0502", "王芳", "13800000502", "wang.fang@example.com", "zh-CN", "email"),
              new Household("2-1201", "张伟", "13800001201", null, "zh-CN", "walk-in"),
              new Household("3-0808", "Emily Carter", "13800000808", "emily.carter@example.com", "en", "email"),
              new Household("5-1603", "陈静", "13800001603", "chen.jing@example.com", "zh-CN", "app")));
    }
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
