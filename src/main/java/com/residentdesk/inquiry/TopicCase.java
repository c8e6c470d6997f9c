package com.residentdesk.inquiry;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What an inquiry, challenge or suggestion adds to its case: the topic, whether it is sensitive,
 * which unified answer version was used, the draft reply and who approved it, the co-signers and
 * decision of a suggestion, and when it was filed in the owner file (SUG-05).
 */
@Entity
@Table(name = "topic_case")
public class TopicCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private String topic;
  private boolean sensitive;
  private Long answerVersionId;
  private String draftReply;
  private String approvedBy;
  private Instant approvedAt;
  private int coSigners = 1;
  private Boolean adopted;
  private String decisionReasons;
  private Instant filedAt;

  protected TopicCase() {}

  TopicCase(Long caseId, String topic, boolean sensitive) {
    this.caseId = caseId;
    this.topic = topic;
    this.sensitive = sensitive;
  }

  void markSensitive() {
    this.sensitive = true;
  }

  void usedAnswer(Long answerVersionId) {
    this.answerVersionId = answerVersionId;
  }

  void draft(String reply) {
    this.draftReply = reply;
    this.approvedBy = null;
    this.approvedAt = null;
  }

  void approve(String by, Instant at) {
    this.approvedBy = by;
    this.approvedAt = at;
  }

  void recordSuggestion(int coSigners) {
    this.coSigners = coSigners;
  }

  void decide(boolean adopted, String reasons) {
    this.adopted = adopted;
    this.decisionReasons = reasons;
  }

  void file(Instant at) {
    this.filedAt = at;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getTopic() {
    return topic;
  }

  public boolean isSensitive() {
    return sensitive;
  }

  public Long getAnswerVersionId() {
    return answerVersionId;
  }

  public String getDraftReply() {
    return draftReply;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public int getCoSigners() {
    return coSigners;
  }

  public Boolean getAdopted() {
    return adopted;
  }

  public String getDecisionReasons() {
    return decisionReasons;
  }

  public Instant getFiledAt() {
    return filedAt;
  }
}
