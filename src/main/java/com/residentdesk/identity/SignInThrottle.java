package com.residentdesk.identity;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins never deny service to the real user. Wrong passwords are counted per account and
 * source address; after {@code maxFailures} within the window that address alone is refused for
 * {@code lockDuration}, then the lock lapses by itself. The same account from any other address,
 * with the right password, is never refused, so a stranger locks only himself out. (Camunda's own
 * throttling, which locked the account for everyone, is switched off in application.yaml.)
 *
 * <p>Every lock, lapse and lift is logged under a reference (a keyed hash of account and address),
 * never the account or the address; an administrator sees them with {@code GET /api/sign-in-locks}
 * and lifts one with {@code DELETE /api/sign-in-locks/{reference}}.
 *
 * <p>Kept in memory, per node: a restart clears every lock, and in a cluster each node counts its
 * own failures (a stranger spreading guesses over n nodes gets n times the attempts).
 */
@Component
public class SignInThrottle {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  /** What an administrator sees of one account and address with failed sign-ins. */
  public record Lock(
      String reference, String account, String sourceAddress, int failures, Instant lockedUntil) {}

  private static final class Attempts {
    final String account;
    final String source;
    int failures;
    Instant windowStart;
    Instant lockedUntil;

    Attempts(String account, String source, Instant now) {
      this.account = account;
      this.source = source;
      this.windowStart = now;
    }
  }

  private final DeskProperties.SignIn config;
  private final DeskClock clock;
  private final byte[] referenceKey = new byte[32];
  private final Map<String, Attempts> attempts =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
          return size() > config.maxTracked();
        }
      };

  public SignInThrottle(DeskProperties properties, DeskClock clock) {
    this.config = properties.signIn();
    this.clock = clock;
    new SecureRandom().nextBytes(referenceKey);
  }

  /** How long this address must still wait before it may sign in to the account; empty: now. */
  public synchronized Optional<Duration> lockedFor(String account, String source) {
    String reference = reference(account, source);
    Attempts entry = attempts.get(reference);
    if (entry == null || entry.lockedUntil == null) {
      return Optional.empty();
    }
    Instant now = clock.now();
    if (!now.isBefore(entry.lockedUntil)) {
      attempts.remove(reference);
      log.info("Sign-in lock {} lapsed", reference);
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, entry.lockedUntil));
  }

  public synchronized void failed(String account, String source) {
    String reference = reference(account, source);
    Instant now = clock.now();
    Attempts entry = attempts.computeIfAbsent(reference, r -> new Attempts(account, source, now));
    if (now.isAfter(entry.windowStart.plus(config.window()))) {
      entry.failures = 0;
      entry.windowStart = now;
    }
    entry.failures++;
    if (entry.failures >= config.maxFailures() && entry.lockedUntil == null) {
      entry.lockedUntil = now.plus(config.lockDuration());
      log.info(
          "Sign-in lock {} set: {} failed sign-ins from one source address, refused for {} min",
          reference,
          entry.failures,
          config.lockDuration().toMinutes());
    }
  }

  public synchronized void succeeded(String account, String source) {
    attempts.remove(reference(account, source));
  }

  public synchronized List<Lock> locks() {
    List<Lock> locks = new ArrayList<>();
    attempts.forEach(
        (reference, a) ->
            locks.add(new Lock(reference, a.account, a.source, a.failures, a.lockedUntil)));
    locks.sort(Comparator.comparing(Lock::reference));
    return locks;
  }

  /**
   * @return false when there was no such lock
   */
  public synchronized boolean lift(String reference) {
    boolean lifted = attempts.remove(reference) != null;
    if (lifted) {
      log.info("Sign-in lock {} lifted by an administrator", reference);
    }
    return lifted;
  }

  private String reference(String account, String source) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(referenceKey, "HmacSHA256"));
      byte[] digest = mac.doFinal((account + '\0' + source).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
