package com.residentdesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our pages share the sign-in of the Camunda webapps: a read of /api from a browser signed in to
 * Welcome, Tasklist, Cockpit or Admin (or through our pages' sign-in, which posts to the webapps'
 * login) is authenticated as that user, with their groups read afresh from the engine. One sign-in,
 * one sign-out, the webapps' own login throttling, and no browser password dialog; HTTP Basic still
 * comes first for API clients.
 *
 * <p>Only GET and HEAD: the browser sends the session cookie on its own, so a write authenticated
 * by it would be open to cross-site request forgery; writes need HTTP Basic (or a page must add a
 * CSRF token). The webapps keep their session in {@code AuthenticationUtil}, an implementation
 * class of Camunda's webapp; there is no public API for it, and 7.x will not change it any more.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  private final String engineName;
  private final CamundaIdentityAuthenticationProvider users;

  WebappSessionAuthentication(String engineName, CamundaIdentityAuthenticationProvider users) {
    this.engineName = engineName;
    this.users = users;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method))
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
      Authentications webapps = AuthenticationUtil.getAuthsFromSession(session);
      Authentication user =
          webapps == null ? null : webapps.getAuthenticationForProcessEngine(engineName);
      if (user != null && user.getIdentityId() != null) {
        SecurityContextHolder.getContext().setAuthentication(users.signedIn(user.getIdentityId()));
      }
    }
    chain.doFilter(request, response);
  }
}
