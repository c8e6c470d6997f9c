package com.residentdesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated user to the engine for the length of a /engine-rest request, so the
 * engine's authorizations decide what they may see and do (a group sees its tasks, an auditor
 * changes nothing), and its tenant check keeps them to the properties they work for, as Camunda's
 * own webapp login does for Tasklist.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final PropertyMemberships memberships;

  EngineAuthenticationFilter(IdentityService identityService, PropertyMemberships memberships) {
    this.identityService = identityService;
    this.memberships = memberships;
  }

  /** The application's own API acts as the system once Spring Security let the caller in. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    List<String> groups =
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    identityService.setAuthentication(
        authentication.getName(), groups, memberships.propertiesOf(authentication.getName()));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
