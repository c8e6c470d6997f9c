package com.residentdesk.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo profile there are no default passwords. */
class AdminCredentialsCheckTest {

  private final AdminCredentialsCheck check = new AdminCredentialsCheck();

  @Test
  void startUpStopsWithAClearMessageWithoutAdministrator() {
    MockEnvironment environment =
        new MockEnvironment().withProperty(AdminCredentialsCheck.USER, "");

    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DESK_ADMIN_USER")
        .hasMessageContaining("DESK_ADMIN_PASSWORD");
  }

  @Test
  void startUpStopsWhenOnlyThePasswordIsMissing() {
    MockEnvironment environment =
        new MockEnvironment().withProperty(AdminCredentialsCheck.USER, "ops");

    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("No administrator configured");
  }

  @Test
  void administratorFromTheEnvironmentIsAccepted() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty(AdminCredentialsCheck.USER, "ops")
            .withProperty(AdminCredentialsCheck.PASSWORD, "s3cret-Passphrase");

    assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void demoProfileBringsItsOwnAdministrator() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("demo");

    assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }
}
