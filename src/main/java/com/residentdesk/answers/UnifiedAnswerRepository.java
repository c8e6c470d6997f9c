package com.residentdesk.answers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnifiedAnswerRepository extends JpaRepository<UnifiedAnswer, Long> {

  Optional<UnifiedAnswer> findFirstByPropertyCodeAndTopicAndStatus(
      String propertyCode, String topic, UnifiedAnswer.Status status);

  Optional<UnifiedAnswer> findFirstByPropertyCodeIsNullAndTopicAndStatus(
      String topic, UnifiedAnswer.Status status);

  List<UnifiedAnswer> findByPropertyCodeAndTopicOrderByVersionDesc(
      String propertyCode, String topic);

  List<UnifiedAnswer> findByPropertyCodeIsNullAndTopicOrderByVersionDesc(String topic);

  List<UnifiedAnswer> findByStatusAndPropertyCodeInOrderByTopicAsc(
      UnifiedAnswer.Status status, Collection<String> propertyCodes);

  List<UnifiedAnswer> findByStatusAndPropertyCodeIsNullOrderByTopicAsc(UnifiedAnswer.Status status);
}
