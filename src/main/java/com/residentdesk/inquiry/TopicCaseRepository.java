package com.residentdesk.inquiry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TopicCaseRepository extends JpaRepository<TopicCase, Long> {

  // a JPQL string: Hibernate translates it once, a derived query's criteria on every call
  @Query("select t from TopicCase t where t.caseId = ?1")
  Optional<TopicCase> findByCaseId(Long caseId);

  List<TopicCase> findByTopic(String topic);

  List<TopicCase> findByCaseIdIn(List<Long> caseIds);
}
