package com.residentdesk.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One resident's link to one case: the token's hash, never the token itself. */
@Entity
@Table(name = "resident_link")
public class ResidentLink {

  /** Where the resident got the link. */
  public enum IssuedFor {
    /** Shown on the page right after reporting. */
    REPORT,
    /** In the acknowledgement e-mail and SMS. */
    ACKNOWLEDGEMENT,
    /** Case number and the phone number's last four digits were given on the page. */
    LOOKUP
  }

  @Id private String tokenHash;
  private Long caseId;

  @Enumerated(EnumType.STRING)
  private IssuedFor issuedFor;

  private Instant issuedAt;
  private Instant expiresAt;

  protected ResidentLink() {}

  ResidentLink(
      String tokenHash, Long caseId, IssuedFor issuedFor, Instant issuedAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.caseId = caseId;
    this.issuedFor = issuedFor;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  public Long getCaseId() {
    return caseId;
  }

  public IssuedFor getIssuedFor() {
    return issuedFor;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
