package com.residentdesk.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participant's view in a yearly review: the group they speak for, who, when, what. */
@Entity
@Table(name = "procedure_review_view")
public class ReviewView {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String groupId;
  private String givenBy;
  private Instant givenAt;
  private String viewText;

  protected ReviewView() {}

  ReviewView(String groupId, String givenBy, Instant givenAt, String viewText) {
    this.groupId = groupId;
    this.givenBy = givenBy;
    this.givenAt = givenAt;
    this.viewText = viewText;
  }

  public Long getId() {
    return id;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getGivenBy() {
    return givenBy;
  }

  public Instant getGivenAt() {
    return givenAt;
  }

  public String getViewText() {
    return viewText;
  }
}
