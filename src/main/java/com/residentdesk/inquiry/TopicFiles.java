package com.residentdesk.inquiry;

import com.residentdesk.answers.UnifiedAnswer;
import com.residentdesk.answers.UnifiedAnswers;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.ServiceCaseRepository;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The topic record of an inquiry, challenge or suggestion, and what the desk knows about its topic.
 */
@Service
public class TopicFiles {

  private final TopicCaseRepository topicCases;
  private final ServiceCaseRepository cases;
  private final UnifiedAnswers answers;
  private final DeskProperties.Topics config;
  private final DeskClock clock;

  public TopicFiles(
      TopicCaseRepository topicCases,
      ServiceCaseRepository cases,
      UnifiedAnswers answers,
      DeskProperties properties,
      DeskClock clock) {
    this.topicCases = topicCases;
    this.cases = cases;
    this.answers = answers;
    this.config = properties.topics();
    this.clock = clock;
  }

  public TopicCase of(Long caseId) {
    return topicCases
        .findByCaseId(caseId)
        .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no topic record"));
  }

  public Optional<TopicCase> find(Long caseId) {
    return topicCases.findByCaseId(caseId);
  }

  /**
   * The case's topic is its subcategory ("property-fee-rise"); configured topics are sensitive
   * (CHA-03).
   */
  TopicCase open(ServiceCase serviceCase) {
    return topicCases
        .findByCaseId(serviceCase.getId())
        .orElseGet(
            () -> {
              String topic = serviceCase.getRequest().subcategory();
              return topicCases.save(
                  new TopicCase(
                      serviceCase.getId(),
                      topic,
                      topic != null && config.sensitive().contains(topic)));
            });
  }

  /** The unified answer in force at the case's property: its own, else the company's. */
  public Optional<UnifiedAnswer> approvedAnswer(Long caseId) {
    String property = cases.findById(caseId).map(ServiceCase::getPropertyCode).orElse(null);
    return find(caseId).map(TopicCase::getTopic).flatMap(t -> answers.current(property, t));
  }

  /** CHA-04: the reply records which version of the topic's unified answer was in force. */
  void recordAnswerUsed(Long caseId) {
    approvedAnswer(caseId).map(UnifiedAnswer::getId).ifPresent(of(caseId)::usedAnswer);
  }

  /**
   * CHA-04: how many households of the property raised this topic within the window (this case
   * included).
   */
  long householdsRaising(String propertyCode, String topic) {
    Instant since = clock.now().minus(config.repeatWindow());
    Set<Long> caseIds =
        topicCases.findByTopic(topic).stream()
            .map(TopicCase::getCaseId)
            .collect(Collectors.toSet());
    return cases.findAllById(caseIds).stream()
        .filter(c -> c.getPropertyCode().equals(propertyCode))
        .filter(c -> !c.getReceivedAt().isBefore(since))
        .map(c -> c.getRequest().unit())
        .distinct()
        .count();
  }

  int repeatThreshold() {
    return config.repeatThreshold();
  }
}
