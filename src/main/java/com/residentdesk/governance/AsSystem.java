package com.residentdesk.governance;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs the desk's own engine work for a change (reading the procedures in use, deploying, starting
 * the approval) without the engine authorizations of the person who asked: a process owner may
 * propose a change, not deploy one, and what they may propose was decided before.
 */
final class AsSystem {

  private AsSystem() {}

  static <T> T run(IdentityService identity, Supplier<T> work) {
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
