package com.residentdesk.answers;

import com.residentdesk.system.DeskClock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CHA-04: the answer library. Publishing a topic's answer adds a version approved by whoever
 * publishes it (the customer-service head) and supersedes the one before; retiring ends it. No
 * version is ever deleted. A property uses its own answer to a topic, or the company's (published
 * without a property) while it has none of its own.
 */
@Service
public class UnifiedAnswers {

  private final UnifiedAnswerRepository answers;
  private final DeskClock clock;

  public UnifiedAnswers(UnifiedAnswerRepository answers, DeskClock clock) {
    this.answers = answers;
    this.clock = clock;
  }

  /** The answer in force at the property: its own, else the company's. */
  public Optional<UnifiedAnswer> current(String propertyCode, String topic) {
    if (topic == null) {
      return Optional.empty();
    }
    return own(propertyCode, topic)
        .or(
            () ->
                answers.findFirstByPropertyCodeIsNullAndTopicAndStatus(
                    topic, UnifiedAnswer.Status.APPROVED));
  }

  /** The versions of one library: a property's, or the company's ({@code propertyCode} null). */
  public List<UnifiedAnswer> versions(String propertyCode, String topic) {
    return propertyCode == null
        ? answers.findByPropertyCodeIsNullAndTopicOrderByVersionDesc(topic)
        : answers.findByPropertyCodeAndTopicOrderByVersionDesc(propertyCode, topic);
  }

  /** The company's current answers and the properties' own. */
  public List<UnifiedAnswer> allCurrent(Collection<String> propertyCodes) {
    List<UnifiedAnswer> current =
        new ArrayList<>(
            answers.findByStatusAndPropertyCodeIsNullOrderByTopicAsc(
                UnifiedAnswer.Status.APPROVED));
    if (!propertyCodes.isEmpty()) {
      current.addAll(
          answers.findByStatusAndPropertyCodeInOrderByTopicAsc(
              UnifiedAnswer.Status.APPROVED, propertyCodes));
    }
    return current;
  }

  /** A new version in the property's library ({@code propertyCode} null: the company's). */
  @Transactional
  public UnifiedAnswer publish(String propertyCode, String topic, String text, String approvedBy) {
    own(propertyCode, topic)
        .ifPresent(previous -> previous.end(UnifiedAnswer.Status.SUPERSEDED, clock.now()));
    int version =
        versions(propertyCode, topic).stream().mapToInt(UnifiedAnswer::getVersion).max().orElse(0)
            + 1;
    return answers.save(
        new UnifiedAnswer(propertyCode, topic, version, text, approvedBy, clock.now()));
  }

  /**
   * @return false when the library has no current answer to the topic
   */
  @Transactional
  public boolean retire(String propertyCode, String topic) {
    Optional<UnifiedAnswer> current = own(propertyCode, topic);
    current.ifPresent(answer -> answer.end(UnifiedAnswer.Status.RETIRED, clock.now()));
    return current.isPresent();
  }

  private Optional<UnifiedAnswer> own(String propertyCode, String topic) {
    return propertyCode == null
        ? answers.findFirstByPropertyCodeIsNullAndTopicAndStatus(
            topic, UnifiedAnswer.Status.APPROVED)
        : answers.findFirstByPropertyCodeAndTopicAndStatus(
            propertyCode, topic, UnifiedAnswer.Status.APPROVED);
  }
}
