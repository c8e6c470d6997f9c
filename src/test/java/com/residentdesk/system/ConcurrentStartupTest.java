package com.residentdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

/**
 * Start-up provisioning that lost a write race to another node runs again, a bounded number of
 * times.
 */
class ConcurrentStartupTest {

  @Test
  void provisioningThatLostARaceRunsAgain() {
    AtomicInteger runs = new AtomicInteger();

    ConcurrentStartup.converge(
        "test",
        () -> {
          if (runs.incrementAndGet() < 3) {
            throw new OptimisticLockingException("updated by another node");
          }
        });

    assertThat(runs).hasValue(3);
  }

  @Test
  void provisioningThatKeepsLosingFailsTheStartUp() {
    AtomicInteger runs = new AtomicInteger();

    assertThatThrownBy(
            () ->
                ConcurrentStartup.converge(
                    "test",
                    () -> {
                      runs.incrementAndGet();
                      throw new OptimisticLockingException("updated by another node");
                    }))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(runs).hasValue(5);
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger runs = new AtomicInteger();

    assertThatThrownBy(
            () ->
                ConcurrentStartup.converge(
                    "test",
                    () -> {
                      runs.incrementAndGet();
                      throw new IllegalStateException("misconfigured");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(runs).hasValue(1);
  }
}
