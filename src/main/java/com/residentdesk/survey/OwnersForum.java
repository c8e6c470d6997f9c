package com.residentdesk.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** QA-08: a themed owners' forum (业主座谈会): who attended, what they said, what follows. */
@Entity
@Table(name = "owners_forum")
public class OwnersForum {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String propertyCode;
  private String theme;
  private Instant heldAt;
  private String attendees;
  private String opinions;
  private String followUp;
  private String recordedBy;
  private Instant recordedAt;

  protected OwnersForum() {}

  OwnersForum(
      String propertyCode,
      String theme,
      Instant heldAt,
      String attendees,
      String opinions,
      String followUp,
      String recordedBy,
      Instant recordedAt) {
    this.propertyCode = propertyCode;
    this.theme = theme;
    this.heldAt = heldAt;
    this.attendees = attendees;
    this.opinions = opinions;
    this.followUp = followUp;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public String getPropertyCode() {
    return propertyCode;
  }

  public String getTheme() {
    return theme;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public String getAttendees() {
    return attendees;
  }

  public String getOpinions() {
    return opinions;
  }

  public String getFollowUp() {
    return followUp;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
