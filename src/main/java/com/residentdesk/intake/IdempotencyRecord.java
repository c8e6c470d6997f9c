package com.residentdesk.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An Idempotency-Key already used, the request it came with, and the case it created. */
@Entity
@Table(name = "intake_idempotency")
class IdempotencyRecord {

  @Id private String idempotencyKey;
  private String requestHash;
  private Long caseId;
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(String idempotencyKey, String requestHash, Long caseId, Instant createdAt) {
    this.idempotencyKey = idempotencyKey;
    this.requestHash = requestHash;
    this.caseId = caseId;
    this.createdAt = createdAt;
  }

  String getRequestHash() {
    return requestHash;
  }

  Long getCaseId() {
    return caseId;
  }
}
