package com.residentdesk.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A photo a resident sent with a report: checked by its content, its location data removed, kept in
 * our tables with the case and removed with it at the end of its retention (QA-06).
 */
@Entity
@Table(name = "case_photo")
public class CasePhoto {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private String contentType;
  private int sizeBytes;
  private byte[] content;
  private Instant uploadedAt;

  protected CasePhoto() {}

  public CasePhoto(Long caseId, String contentType, byte[] content, Instant uploadedAt) {
    this.caseId = caseId;
    this.contentType = contentType;
    this.content = content;
    this.sizeBytes = content.length;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
