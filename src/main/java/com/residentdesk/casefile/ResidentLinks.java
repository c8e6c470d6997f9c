package com.residentdesk.casefile;

import com.residentdesk.system.DeskClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * HLP-08: residents follow their case without an account, through a link that carries an
 * unguessable token (256 random bits) bound to that one case and expiring. Only the token's SHA-256
 * is stored; an expired or unknown token opens nothing.
 */
@Service
public class ResidentLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ResidentLinkRepository links;
  private final ResidentPageSettings settings;
  private final DeskClock clock;

  public ResidentLinks(
      ResidentLinkRepository links, ResidentPageSettings settings, DeskClock clock) {
    this.links = links;
    this.settings = settings;
    this.clock = clock;
  }

  /** A new token for the case, stored in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String issue(Long caseId, ResidentLink.IssuedFor issuedFor) {
    Duration lifetime =
        issuedFor == ResidentLink.IssuedFor.LOOKUP
            ? settings.lookupLifetime()
            : settings.linkLifetime();
    String token = newToken();
    Instant now = clock.now();
    links.save(new ResidentLink(hash(token), caseId, issuedFor, now, now.plus(lifetime)));
    return token;
  }

  /** The address a resident opens: the page with the token in the fragment (never sent on). */
  public String url(String token) {
    return settings.pageUrl() + "#t=" + token;
  }

  /** A new link for the case, as a URL for a message. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String issueUrl(Long caseId, ResidentLink.IssuedFor issuedFor) {
    return url(issue(caseId, issuedFor));
  }

  /** The case a token opens: empty when it is unknown, malformed or expired. */
  @Transactional(readOnly = true)
  public Optional<Long> caseOf(String token) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    Instant now = clock.now();
    return links
        .findById(hash(token))
        .filter(link -> now.isBefore(link.getExpiresAt()))
        .map(ResidentLink::getCaseId);
  }

  /**
   * A new token of 256 random bits, URL-safe: also the key of a survey questionnaire's link
   * (survey.SatisfactionSurveys), which is bound to a questionnaire instead of a case.
   */
  public static String newToken() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** Whether the text can be a token at all (43 URL-safe characters). */
  public static boolean wellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }

  /** What is stored of a token. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
