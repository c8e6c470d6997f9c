package com.residentdesk.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of a change as it was proposed, and a fingerprint of the version it changes: the approval
 * deploys exactly these bytes, and only while the version in use is still the one compared with.
 */
@Entity
@Table(name = "procedure_change_file")
public class ProcedureChangeFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String resourceName;
  private String submittedName;

  /** SHA-256 of the version in use when proposed; null for a new file. */
  private String baseSha256;

  private byte[] content;

  protected ProcedureChangeFile() {}

  ProcedureChangeFile(
      String resourceName, String submittedName, String baseSha256, byte[] content) {
    this.resourceName = resourceName;
    this.submittedName = submittedName;
    this.baseSha256 = baseSha256;
    this.content = content;
  }

  public Long getId() {
    return id;
  }

  public String getResourceName() {
    return resourceName;
  }

  public String getSubmittedName() {
    return submittedName;
  }

  public String getBaseSha256() {
    return baseSha256;
  }

  public byte[] getContent() {
    return content;
  }
}
