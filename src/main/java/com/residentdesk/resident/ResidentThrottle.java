package com.residentdesk.resident;

import com.residentdesk.casefile.ResidentPageSettings;
import com.residentdesk.system.DeskClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the residents' page lets one source do, since no account stands behind it: so many reports
 * an hour from one address; so many wrong look-ups (case number and the phone's last four digits)
 * of one case, or from one address, before that case or address is locked for a while. A right
 * look-up of a locked case waits too: otherwise guessing would go on at full speed.
 *
 * <p>Counted in the {@code resident_throttle} table, each count in its own short transaction with
 * the row locked: every node of a cluster counts the same attempts, and a restart does not reopen a
 * locked case to guessing. Keys are kept as SHA-256 hashes (they hold addresses and case numbers).
 */
@Component
class ResidentThrottle {

  private static final Duration HOUR = Duration.ofHours(1);

  /**
   * A household opens and answers its questionnaire in a few requests; a building may share one
   * address.
   */
  static final int SURVEY_REQUESTS_PER_HOUR = 120;

  /** One key's count: when its window began, how many, and until when it is locked. */
  private record Window(Instant start, int count, Instant lockedUntil) {}

  private final ResidentPageSettings settings;
  private final DeskClock clock;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  ResidentThrottle(
      ResidentPageSettings settings,
      DeskClock clock,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    this.settings = settings;
    this.clock = clock;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Counts a report from the address; how long it must wait when it sent too many. */
  Optional<Duration> report(String address) {
    Instant now = clock.now();
    return update(
        "report:" + address,
        HOUR,
        window -> {
          if (window.count() >= settings.reportsPerHour()) {
            return new Decision<>(
                window, Optional.of(Duration.between(now, window.start().plus(HOUR))));
          }
          return new Decision<>(
              new Window(window.start(), window.count() + 1, null), Optional.empty());
        });
  }

  /** How long a look-up of this case, or from this address, must still wait; empty: now. */
  Optional<Duration> lookupLocked(String caseNumber, String address) {
    Instant now = clock.now();
    return longest(locked("case:" + caseNumber, now), locked("address:" + address, now));
  }

  void lookupFailed(String caseNumber, String address) {
    fail("case:" + caseNumber);
    fail("address:" + address);
  }

  void lookupSucceeded(String caseNumber) {
    jdbc.update("delete from resident_throttle where key_hash = ?", hash("case:" + caseNumber));
  }

  /**
   * A survey link's request from the address (QA-04): how long it must wait when the address sent
   * too many, or is locked after too many unknown links (guessing).
   */
  Optional<Duration> surveyRequest(String address) {
    Instant now = clock.now();
    Optional<Duration> locked = locked("survey-failures:" + address, now);
    if (locked.isPresent()) {
      return locked;
    }
    return update(
        "survey:" + address,
        HOUR,
        window -> {
          if (window.count() >= SURVEY_REQUESTS_PER_HOUR) {
            return new Decision<>(
                window, Optional.of(Duration.between(now, window.start().plus(HOUR))));
          }
          return new Decision<>(
              new Window(window.start(), window.count() + 1, null), Optional.empty());
        });
  }

  /** An unknown, tampered or expired survey link from the address. */
  void surveyLinkFailed(String address) {
    fail("survey-failures:" + address);
  }

  /** Forgets every count and lock (tests share one address, 127.0.0.1). */
  void reset() {
    jdbc.update("delete from resident_throttle");
  }

  /** Rows whose window and lock are both over count for nothing: removed hourly. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void forgetLapsed() {
    Instant now = clock.now();
    Duration longestWindow =
        settings.lookupLock().compareTo(HOUR) > 0 ? settings.lookupLock() : HOUR;
    jdbc.update(
        "delete from resident_throttle where window_start < ?"
            + " and (locked_until is null or locked_until <= ?)",
        at(now.minus(longestWindow)),
        at(now));
  }

  private void fail(String key) {
    Instant now = clock.now();
    update(
        key,
        settings.lookupLock(),
        window -> {
          int count = window.count() + 1;
          Instant lockedUntil = window.lockedUntil();
          if (count >= settings.lookupFailures() && lockedUntil == null) {
            lockedUntil = now.plus(settings.lookupLock());
          }
          return new Decision<>(new Window(window.start(), count, lockedUntil), null);
        });
  }

  private Optional<Duration> locked(String key, Instant now) {
    List<Instant> lockedUntil =
        jdbc.query(
            "select locked_until from resident_throttle where key_hash = ?",
            (rs, row) -> instant(rs.getObject(1, OffsetDateTime.class)),
            hash(key));
    if (lockedUntil.isEmpty() || lockedUntil.get(0) == null) {
      return Optional.empty();
    }
    if (!now.isBefore(lockedUntil.get(0))) {
      jdbc.update("delete from resident_throttle where key_hash = ?", hash(key));
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, lockedUntil.get(0)));
  }

  private record Decision<T>(Window next, T answer) {}

  /**
   * Reads the key's window with its row locked (a new one when there is none or it ran out and is
   * not locked), lets {@code decide} say what it becomes, stores that and returns the answer.
   */
  private <T> T update(String key, Duration length, Function<Window, Decision<T>> decide) {
    String keyHash = hash(key);
    try {
      return ownTransaction.execute(status -> updateLocked(keyHash, length, decide));
    } catch (DuplicateKeyException sameKeyAtOnce) {
      // another request inserted this key's first row at the same moment: its row is there now
      return ownTransaction.execute(status -> updateLocked(keyHash, length, decide));
    }
  }

  private <T> T updateLocked(
      String keyHash, Duration length, Function<Window, Decision<T>> decide) {
    Instant now = clock.now();
    List<Window> rows =
        jdbc.query(
            "select window_start, attempts, locked_until from resident_throttle"
                + " where key_hash = ? for update",
            (rs, row) ->
                new Window(
                    instant(rs.getObject(1, OffsetDateTime.class)),
                    rs.getInt(2),
                    instant(rs.getObject(3, OffsetDateTime.class))),
            keyHash);
    Window current = rows.isEmpty() ? new Window(now, 0, null) : rows.get(0);
    if (current.lockedUntil() == null && !now.isBefore(current.start().plus(length))) {
      current = new Window(now, 0, null);
    }
    Decision<T> decision = decide.apply(current);
    Window next = decision.next();
    if (rows.isEmpty()) {
      jdbc.update(
          "insert into resident_throttle (key_hash, window_start, attempts, locked_until)"
              + " values (?, ?, ?, ?)",
          keyHash,
          at(next.start()),
          next.count(),
          at(next.lockedUntil()));
    } else {
      jdbc.update(
          "update resident_throttle set window_start = ?, attempts = ?, locked_until = ?"
              + " where key_hash = ?",
          at(next.start()),
          next.count(),
          at(next.lockedUntil()),
          keyHash);
    }
    return decision.answer();
  }

  private static String hash(String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
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
