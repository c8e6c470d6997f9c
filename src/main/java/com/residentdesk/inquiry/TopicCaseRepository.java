package com.residentdesk.inquiry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicCaseRepository extends JpaRepository<TopicCase, Long> {

  Optional<TopicCase> findByCaseId(Long caseId);

  List<TopicCase> findByTopic(String topic);

  List<TopicCase> findByCaseIdIn(List<Long> caseIds);
}
