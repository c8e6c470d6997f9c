package com.residentdesk.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read of the audit screens: who looked at which case (or search), when. */
@Entity
@Table(name = "audit_read")
public class AuditRead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String reader;
  private String what;
  private String caseNumber;
  private Instant readAt;

  protected AuditRead() {}

  AuditRead(String reader, String what, String caseNumber, Instant readAt) {
    this.reader = reader;
    this.what = what;
    this.caseNumber = caseNumber;
    this.readAt = readAt;
  }

  public String getReader() {
    return reader;
  }

  public String getWhat() {
    return what;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
