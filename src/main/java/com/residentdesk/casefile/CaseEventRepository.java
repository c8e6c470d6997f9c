package com.residentdesk.casefile;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

  // a JPQL string: Hibernate translates it once, a derived query's criteria on every call
  @Query("select e from CaseEvent e where e.caseId = ?1 order by e.occurredAt asc, e.id asc")
  List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);

  /** The desk's own actions in a period (who did what), without loading the whole sheet table. */
  List<CaseEvent> findByOccurredAtBetweenOrderByOccurredAtAsc(Instant from, Instant to);
}
