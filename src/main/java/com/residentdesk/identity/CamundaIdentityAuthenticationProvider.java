package com.residentdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against the Camunda users, the same accounts staff use in Tasklist; a user's Camunda
 * groups become their authorities. Wrong passwords lock only the address they came from, for a
 * while ({@link SignInThrottle}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final SignInThrottle throttle;
  private final PropertyMemberships memberships;
  private final ThreadLocal<Authentication> lastFailure = new ThreadLocal<>();

  /**
   * Passwords found right within {@code desk.sign-in.membership-cache}, by a salted digest of
   * account and password (never the password): HTTP Basic sends them with every request, and the
   * engine's check was a query and a commit each time (issue 15). A wrong password is never kept,
   * so the lock-out counts every one; a changed password or a removed account takes effect within
   * that time.
   */
  private final Map<String, Long> rightUntil = new ConcurrentHashMap<>();

  private final byte[] salt = newSalt();
  private final long keepNanos;

  public CamundaIdentityAuthenticationProvider(
      IdentityService identityService,
      SignInThrottle throttle,
      PropertyMemberships memberships,
      @Value("${desk.sign-in.membership-cache:PT30S}") Duration keep) {
    this.identityService = identityService;
    this.throttle = throttle;
    this.memberships = memberships;
    this.keepNanos = keep.toNanos();
  }

  private static byte[] newSalt() {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    return salt;
  }

  private boolean passwordRight(String userId, String password) {
    String key = digest(userId, password);
    long now = System.nanoTime();
    Long until = rightUntil.get(key);
    if (until != null && now - until < 0) {
      return true;
    }
    if (!identityService.checkPassword(userId, password)) {
      rightUntil.remove(key);
      return false;
    }
    if (rightUntil.size() >= 10_000) {
      rightUntil.clear();
    }
    rightUntil.put(key, now + keepNanos);
    return true;
  }

  private String digest(String userId, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(userId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    String source =
        authentication.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : "unknown";
    // Spring Security asks this provider a second time as the parent manager's provider: the
    // answer to the same sign-in attempt stays the same, and it is counted once
    if (lastFailure.get() == authentication) {
      throw new BadCredentialsException("Bad credentials");
    }
    var locked = throttle.lockedFor(userId, source);
    if (locked.isPresent()) {
      throw new SignInLockedException(locked.get());
    }
    if (!passwordRight(userId, credentials.toString())) {
      throttle.failed(userId, source);
      lastFailure.set(authentication);
      throw new BadCredentialsException("Bad credentials");
    }
    lastFailure.remove();
    throttle.succeeded(userId, source);
    return signedIn(userId);
  }

  /** A signed-in user with their Camunda groups as authorities (PropertyMemberships keeps them). */
  Authentication signedIn(String userId) {
    List<SimpleGrantedAuthority> groups =
        memberships.groupsOf(userId).stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
