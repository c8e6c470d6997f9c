package com.residentdesk.identity;

import com.residentdesk.system.DeskProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Channel integrations (the web form, the app) sign in with {@code Authorization: Bearer <token>}:
 * a long random secret per integration account ({@code desk.sign-in.integration-tokens}). Nobody
 * guesses it, so nothing needs locking, and a stranger guessing the account's password (which locks
 * only his own address) cannot stop the intake. Tokens are compared as SHA-256 digests in constant
 * time; a wrong token is a 401 like a wrong password.
 */
class IntegrationTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final Map<String, byte[]> accountByDigest;
  private final CamundaIdentityAuthenticationProvider users;
  private final AuthenticationEntryPoint refuse;

  IntegrationTokenFilter(
      DeskProperties.SignIn config,
      CamundaIdentityAuthenticationProvider users,
      AuthenticationEntryPoint refuse) {
    Map<String, String> tokens =
        config.integrationTokens() == null ? Map.of() : config.integrationTokens();
    this.accountByDigest =
        tokens.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .collect(Collectors.toMap(Map.Entry::getKey, e -> digest(e.getValue())));
    this.users = users;
    this.refuse = refuse;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] presented = digest(header.substring(BEARER.length()).strip());
    String account = null;
    for (Map.Entry<String, byte[]> entry : accountByDigest.entrySet()) {
      if (MessageDigest.isEqual(entry.getValue(), presented)) {
        account = entry.getKey();
      }
    }
    if (account == null) {
      SecurityContextHolder.clearContext();
      refuse.commence(
          request, response, new AuthenticationException("Unknown integration token") {});
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(users.signedIn(account));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
