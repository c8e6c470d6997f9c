package com.residentdesk.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
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
  private final ThreadLocal<Authentication> lastFailure = new ThreadLocal<>();

  public CamundaIdentityAuthenticationProvider(
      IdentityService identityService, SignInThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
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
    if (!identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(userId, source);
      lastFailure.set(authentication);
      throw new BadCredentialsException("Bad credentials");
    }
    lastFailure.remove();
    throttle.succeeded(userId, source);
    return signedIn(userId);
  }

  /** A signed-in user with their Camunda groups, read now, as authorities. */
  Authentication signedIn(String userId) {
    List<SimpleGrantedAuthority> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .map(SimpleGrantedAuthority::new)
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
