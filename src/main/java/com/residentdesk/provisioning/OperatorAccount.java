package com.residentdesk.provisioning;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.operations.OperationsProperties;
import com.residentdesk.system.ConcurrentStartup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The monitoring account Prometheus signs in with, from DESK_OPERATOR_USER and
 * DESK_OPERATOR_PASSWORD: created once in the {@code operator} group (after the groups exist), like
 * the administrator. Its password is then changed in Camunda Admin, not by the variable. Without
 * the variables there is no such account; the demo profile has {@code operator}/{@code demo}.
 */
@Component
public class OperatorAccount {

  private final OperationsProperties properties;
  private final IdentityService identityService;

  public OperatorAccount(OperationsProperties properties, IdentityService identityService) {
    this.properties = properties;
    this.identityService = identityService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(12)
  public void provision() {
    if (!properties.hasOperatorAccount()) {
      return;
    }
    String password = properties.operatorPassword();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "DESK_OPERATOR_USER is set without DESK_OPERATOR_PASSWORD: the monitoring account needs"
              + " a password (there are no default passwords)");
    }
    ConcurrentStartup.converge("Operator account", () -> ensure(properties.operatorUser()));
  }

  private void ensure(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Monitoring");
      user.setLastName("Prometheus");
      user.setPassword(properties.operatorPassword());
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(StaffGroups.OPERATOR).count()
        == 0) {
      identityService.createMembership(userId, StaffGroups.OPERATOR);
    }
  }
}
