package com.residentdesk.system;

import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Start-up provisioning (groups, authorizations, Tasklist filters) when several nodes share one
 * database and start at the same moment, as a cluster does after a deployment: the provisioning is
 * idempotent, so the node that loses a write race runs it again and finds the winner's rows.
 */
public final class ConcurrentStartup {

  private static final Logger log = LoggerFactory.getLogger(ConcurrentStartup.class);
  private static final int ATTEMPTS = 5;

  private ConcurrentStartup() {}

  public static void converge(String what, Runnable provisioning) {
    for (int attempt = 1; ; attempt++) {
      try {
        provisioning.run();
        return;
      } catch (OptimisticLockingException
          | ProcessEnginePersistenceException
          | DataIntegrityViolationException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        log.info(
            "{}: another node wrote the same rows at the same moment ({}); provisioning again",
            what,
            e.getClass().getSimpleName());
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(100, 1_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while provisioning", e);
    }
  }
}
