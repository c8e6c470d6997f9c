package com.residentdesk.casefile;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting right now: the engine's authenticated user, the HTTP user, or the system. */
@Component
public class CurrentActor {

  public static final String SYSTEM = "system";

  private final IdentityService identityService;

  public CurrentActor(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication engineUser = identityService.getCurrentAuthentication();
    if (engineUser != null && engineUser.getUserId() != null) {
      return engineUser.getUserId();
    }
    var httpUser = SecurityContextHolder.getContext().getAuthentication();
    if (httpUser != null && httpUser.isAuthenticated() && httpUser.getName() != null) {
      return httpUser.getName();
    }
    return SYSTEM;
  }
}
