package com.residentdesk.answers;

import com.residentdesk.system.DeskClock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CHA-04: the answer library. Publishing a topic's answer adds a version approved by whoever
 * publishes it (the customer-service head) and supersedes the one before; retiring ends it. No
 * version is ever deleted.
 */
@Service
public class UnifiedAnswers {

  private final UnifiedAnswerRepository answers;
  private final DeskClock clock;

  public UnifiedAnswers(UnifiedAnswerRepository answers, DeskClock clock) {
    this.answers = answers;
    this.clock = clock;
  }

  public Optional<UnifiedAnswer> current(String topic) {
    return topic == null
        ? Optional.empty()
        : answers.findFirstByTopicAndStatus(topic, UnifiedAnswer.Status.APPROVED);
  }

  public List<UnifiedAnswer> versions(String topic) {
    return answers.findByTopicOrderByVersionDesc(topic);
  }

  public List<UnifiedAnswer> allCurrent() {
    return answers.findByStatusOrderByTopicAsc(UnifiedAnswer.Status.APPROVED);
  }

  @Transactional
  public UnifiedAnswer publish(String topic, String text, String approvedBy) {
    current(topic)
        .ifPresent(previous -> previous.end(UnifiedAnswer.Status.SUPERSEDED, clock.now()));
    int version = versions(topic).stream().mapToInt(UnifiedAnswer::getVersion).max().orElse(0) + 1;
    return answers.save(new UnifiedAnswer(topic, version, text, approvedBy, clock.now()));
  }

  /**
   * @return false when the topic has no current answer
   */
  @Transactional
  public boolean retire(String topic) {
    Optional<UnifiedAnswer> current = current(topic);
    current.ifPresent(answer -> answer.end(UnifiedAnswer.Status.RETIRED, clock.now()));
    return current.isPresent();
  }
}
