package com.residentdesk.identity;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the demo profile there are no default passwords: the administrator comes from
 * DESK_ADMIN_USER and DESK_ADMIN_PASSWORD, and start-up stops here, before the engine is built,
 * when they are missing.
 */
public class AdminCredentialsCheck implements EnvironmentPostProcessor, Ordered {

  static final String USER = "camunda.bpm.admin-user.id";
  static final String PASSWORD = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      return;
    }
    if (isBlank(environment.getProperty(USER)) || isBlank(environment.getProperty(PASSWORD))) {
      throw new IllegalStateException(
          "No administrator configured. Set the environment variables DESK_ADMIN_USER and "
              + "DESK_ADMIN_PASSWORD (there are no default passwords outside the demo profile), "
              + "or start with SPRING_PROFILES_ACTIVE=demo for a demonstration.");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
