package com.residentdesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
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
 * <p>Reads (GET and HEAD) only, unless the page proves it is ours: the browser sends the session
 * cookie on its own, so a write authenticated by it alone would be open to cross-site request
 * forgery. A write is authenticated by the session only when it carries the session's write token
 * ({@link #WRITE_TOKEN_HEADER}, a synchronizer token kept in the session and handed to our pages by
 * {@code GET /api/session}, which another site can neither read nor guess); any other write needs
 * HTTP Basic. The webapps keep their session in {@code AuthenticationUtil}, an implementation class
 * of Camunda's webapp; there is no public API for it, and 7.x will not change it any more.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  /** The header with which our pages send the session's write token. */
  static final String WRITE_TOKEN_HEADER = "X-Desk-Write-Token";

  private static final String WRITE_TOKEN = WebappSessionAuthentication.class.getName() + ".token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String engineName;
  private final CamundaIdentityAuthenticationProvider users;

  WebappSessionAuthentication(String engineName, CamundaIdentityAuthenticationProvider users) {
    this.engineName = engineName;
    this.users = users;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /** The session's write token, created on first use; null without a session. */
  static String writeToken(HttpSession session) {
    if (session == null) {
      return null;
    }
    synchronized (WebappSessionAuthentication.class) {
      Object token = session.getAttribute(WRITE_TOKEN);
      if (token == null) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(WRITE_TOKEN, token);
      }
      return (String) token;
    }
  }

  /** A read, or a write that carries this session's write token. */
  private static boolean fromOurPage(HttpServletRequest request, HttpSession session) {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      return true;
    }
    Object expected = session.getAttribute(WRITE_TOKEN);
    String sent = request.getHeader(WRITE_TOKEN_HEADER);
    return expected != null
        && sent != null
        && MessageDigest.isEqual(
            expected.toString().getBytes(StandardCharsets.US_ASCII),
            sent.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null
        && SecurityContextHolder.getContext().getAuthentication() == null
        && fromOurPage(request, session)) {
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
