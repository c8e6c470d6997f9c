package com.residentdesk.casefile;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

  List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);

  /** The desk's own actions in a period (who did what), without loading the whole sheet table. */
  List<CaseEvent> findByOccurredAtBetweenOrderByOccurredAtAsc(Instant from, Instant to);
}
