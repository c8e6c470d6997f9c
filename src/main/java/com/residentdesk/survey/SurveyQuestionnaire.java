package com.residentdesk.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One questionnaire sent to one household (QA-04): answered once, by the resident through the link
 * or by staff from a phone call or a paper form. Only the SHA-256 of the link's token is kept.
 */
@Entity
@Table(name = "survey_questionnaire")
public class SurveyQuestionnaire {

  /** How the answer came in. */
  public enum Channel {
    LINK,
    PHONE,
    PAPER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private Long householdId;
  private String tokenHash;
  private Instant sentAt;
  private Instant answeredAt;
  private String channel;
  private String enteredBy;
  private String opinion;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "survey_rating", joinColumns = @JoinColumn(name = "questionnaire_id"))
  @MapKeyColumn(name = "service")
  @Column(name = "rating")
  private Map<String, Integer> ratings = new LinkedHashMap<>();

  protected SurveyQuestionnaire() {}

  SurveyQuestionnaire(Long campaignId, Long householdId, String tokenHash, Instant sentAt) {
    this.campaignId = campaignId;
    this.householdId = householdId;
    this.tokenHash = tokenHash;
    this.sentAt = sentAt;
  }

  void answer(
      Map<String, Integer> ratings, String opinion, Channel channel, String by, Instant at) {
    this.ratings.putAll(ratings);
    this.opinion = opinion;
    this.channel = channel.name();
    this.enteredBy = by;
    this.answeredAt = at;
  }

  public boolean isAnswered() {
    return answeredAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public Long getHouseholdId() {
    return householdId;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getChannel() {
    return channel;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public String getOpinion() {
    return opinion;
  }

  public Map<String, Integer> getRatings() {
    return ratings;
  }
}
