package com.residentdesk.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** One resident's link to one case: the token's hash, never the token itself. */
@Entity
@Table(name = "resident_link")
public class ResidentLink implements Persistable<String> {

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

  /**
   * A new token's hash is new: saving it inserts, without the look-up by id that saving an entity
   * with an id of its own otherwise costs (issue 15).
   */
  @Transient private boolean stored;

  protected ResidentLink() {}

  @PostLoad
  @PostPersist
  void stored() {
    stored = true;
  }

  @Override
  public String getId() {
    return tokenHash;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

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
