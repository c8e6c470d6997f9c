package com.residentdesk.inquiry;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskDescriptionContributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * CHA-04/CHA-03: staff see the approved unified answer of the topic and the reply awaiting
 * approval.
 */
@Component
class TopicDescription implements TaskDescriptionContributor {

  private final TopicFiles topics;

  TopicDescription(TopicFiles topics) {
    this.topics = topics;
  }

  @Override
  public Optional<String> describe(ServiceCase serviceCase) {
    Optional<TopicCase> topicCase = topics.find(serviceCase.getId());
    if (topicCase.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    if (topicCase.get().isSensitive()) {
      parts.add("SENSITIVE topic: replies need the customer-service head's approval (CHA-03)");
    }
    topics
        .approvedAnswer(serviceCase.getId())
        .ifPresent(
            a ->
                parts.add(
                    "Approved answer v"
                        + a.getVersion()
                        + " ("
                        + a.getTopic()
                        + "): "
                        + a.getAnswerText()));
    if (topicCase.get().getDraftReply() != null) {
      parts.add("Draft reply: " + topicCase.get().getDraftReply());
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
  }
}
