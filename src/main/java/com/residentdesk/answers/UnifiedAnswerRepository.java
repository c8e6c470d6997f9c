package com.residentdesk.answers;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnifiedAnswerRepository extends JpaRepository<UnifiedAnswer, Long> {

  Optional<UnifiedAnswer> findFirstByTopicAndStatus(String topic, UnifiedAnswer.Status status);

  List<UnifiedAnswer> findByTopicOrderByVersionDesc(String topic);

  List<UnifiedAnswer> findByStatusOrderByTopicAsc(UnifiedAnswer.Status status);
}
