package com.residentdesk.resident;

import com.residentdesk.casefile.ResidentPageSettings;
import com.residentdesk.system.DeskClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the residents' page lets one source do, since no account stands behind it: so many reports
 * an hour from one address; so many wrong look-ups (case number and the phone's last four digits)
 * of one case, or from one address, before that case or address is locked for a while. A right
 * look-up of a locked case waits too: otherwise guessing would go on at full speed.
 *
 * <p>Kept in memory, per node, like the staff sign-in throttle: a restart clears it.
 */
@Component
class ResidentThrottle {

  private static final int MAX_TRACKED = 20_000;
  private static final Duration HOUR = Duration.ofHours(1);

  private static final class Window {
    Instant start;
    int count;
    Instant lockedUntil;

    Window(Instant start) {
      this.start = start;
    }
  }

  private final ResidentPageSettings settings;
  private final DeskClock clock;
  private final Map<String, Window> windows =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
          return size() > MAX_TRACKED;
        }
      };

  ResidentThrottle(ResidentPageSettings settings, DeskClock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Counts a report from the address; how long it must wait when it sent too many. */
  synchronized Optional<Duration> report(String address) {
    Instant now = clock.now();
    Window window = current("report:" + address, now, HOUR);
    if (window.count >= settings.reportsPerHour()) {
      return Optional.of(Duration.between(now, window.start.plus(HOUR)));
    }
    window.count++;
    return Optional.empty();
  }

  /** How long a look-up of this case, or from this address, must still wait; empty: now. */
  synchronized Optional<Duration> lookupLocked(String caseNumber, String address) {
    Instant now = clock.now();
    return longest(locked("case:" + caseNumber, now), locked("address:" + address, now));
  }

  synchronized void lookupFailed(String caseNumber, String address) {
    Instant now = clock.now();
    fail("case:" + caseNumber, now);
    fail("address:" + address, now);
  }

  synchronized void lookupSucceeded(String caseNumber) {
    windows.remove("case:" + caseNumber);
  }

  /** Forgets every count and lock (tests share one address, 127.0.0.1). */
  synchronized void reset() {
    windows.clear();
  }

  private void fail(String key, Instant now) {
    Window window = current(key, now, settings.lookupLock());
    window.count++;
    if (window.count >= settings.lookupFailures() && window.lockedUntil == null) {
      window.lockedUntil = now.plus(settings.lookupLock());
    }
  }

  private Optional<Duration> locked(String key, Instant now) {
    Window window = windows.get(key);
    if (window == null || window.lockedUntil == null) {
      return Optional.empty();
    }
    if (!now.isBefore(window.lockedUntil)) {
      windows.remove(key);
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, window.lockedUntil));
  }

  private Window current(String key, Instant now, Duration length) {
    Window window = windows.computeIfAbsent(key, k -> new Window(now));
    if (window.lockedUntil == null && !now.isBefore(window.start.plus(length))) {
      window.start = now;
      window.count = 0;
    }
    return window;
  }

  private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().compareTo(b.get()) >= 0 ? a : b;
  }
}
