package com.residentdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed sign-ins lock one address out of one account, for a bounded time, never for good. */
class SignInThrottleTest {

  private final DeskClock clock = mock(DeskClock.class);
  private Instant now = Instant.parse("2026-11-26T02:00:00Z");
  private SignInThrottle throttle;

  @BeforeEach
  void fiveFailuresIn15MinutesLockFor15() {
    DeskProperties properties = mock(DeskProperties.class);
    when(properties.signIn())
        .thenReturn(
            new DeskProperties.SignIn(
                5, Duration.ofMinutes(15), Duration.ofMinutes(15), 3, Map.of()));
    when(clock.now()).thenAnswer(i -> now);
    throttle = new SignInThrottle(properties, clock);
  }

  private void fail(String account, String source, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, source);
    }
  }

  @Test
  void oneWrongPasswordDoesNotLockAnything() {
    fail("clerk", "10.0.0.9", 1);

    assertThat(throttle.lockedFor("clerk", "10.0.0.9")).isEmpty();
  }

  @Test
  void aStrangerLocksOnlyHisOwnAddressAndOnlyForAWhile() {
    fail("clerk", "203.0.113.7", 10);

    assertThat(throttle.lockedFor("clerk", "203.0.113.7")).contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("clerk", "10.0.0.9")).isEmpty();
    assertThat(throttle.lockedFor("guard", "203.0.113.7")).isEmpty();

    now = now.plus(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("clerk", "203.0.113.7")).isEmpty();
    assertThat(throttle.locks()).isEmpty();
  }

  @Test
  void failuresSpreadBeyondTheWindowDoNotAddUp() {
    fail("clerk", "10.0.0.9", 4);
    now = now.plus(Duration.ofMinutes(16));
    fail("clerk", "10.0.0.9", 4);

    assertThat(throttle.lockedFor("clerk", "10.0.0.9")).isEmpty();
  }

  @Test
  void theRightPasswordClearsTheCount() {
    fail("clerk", "10.0.0.9", 4);
    throttle.succeeded("clerk", "10.0.0.9");
    fail("clerk", "10.0.0.9", 4);

    assertThat(throttle.lockedFor("clerk", "10.0.0.9")).isEmpty();
  }

  @Test
  void anAdministratorSeesAndLiftsALock() {
    fail("clerk", "203.0.113.7", 5);

    SignInThrottle.Lock lock = throttle.locks().get(0);
    assertThat(lock.account()).isEqualTo("clerk");
    assertThat(lock.sourceAddress()).isEqualTo("203.0.113.7");
    assertThat(lock.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
    assertThat(throttle.lift(lock.reference())).isTrue();
    assertThat(throttle.lockedFor("clerk", "203.0.113.7")).isEmpty();
    assertThat(throttle.lift(lock.reference())).isFalse();
  }

  @Test
  void memoryIsBoundedByForgettingTheOldest() {
    for (int i = 0; i < 10; i++) {
      fail("user" + i, "10.0.0." + i, 1);
    }

    assertThat(throttle.locks()).hasSize(3);
  }
}
