package com.residentdesk.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** This source address may not sign in to the account for a while: answered 429, not 401. */
public class SignInLockedException extends AuthenticationException {

  private final Duration retryAfter;

  public SignInLockedException(Duration retryAfter) {
    super("Too many failed sign-ins from this address");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
