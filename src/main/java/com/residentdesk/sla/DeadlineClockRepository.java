package com.residentdesk.sla;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineClockRepository extends JpaRepository<DeadlineClock, Long> {

  Optional<DeadlineClock> findByCaseIdAndRuleIdAndRound(Long caseId, String ruleId, int round);

  List<DeadlineClock> findByCaseIdOrderByStartedAtAscIdAsc(Long caseId);

  Optional<DeadlineClock> findFirstByCaseIdAndRuleIdOrderByRoundDesc(Long caseId, String ruleId);

  /** Every missed deadline (the breaches report). */
  List<DeadlineClock> findByBreachedAtIsNotNull();

  /** Missed deadlines of the given cases, in one query (a page of search results). */
  List<DeadlineClock> findByCaseIdInAndBreachedAtIsNotNull(Collection<Long> caseIds);
}
