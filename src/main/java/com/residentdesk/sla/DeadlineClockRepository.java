package com.residentdesk.sla;

import com.residentdesk.casefile.CaseStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeadlineClockRepository extends JpaRepository<DeadlineClock, Long> {

  Optional<DeadlineClock> findByCaseIdAndRuleIdAndRound(Long caseId, String ruleId, int round);

  // a JPQL string: Hibernate translates it once, a derived query's criteria on every call
  @Query("select c from DeadlineClock c where c.caseId = ?1 order by c.startedAt asc, c.id asc")
  List<DeadlineClock> findByCaseIdOrderByStartedAtAscIdAsc(Long caseId);

  Optional<DeadlineClock> findFirstByCaseIdAndRuleIdOrderByRoundDesc(Long caseId, String ruleId);

  /** Every missed deadline (the breaches report). */
  List<DeadlineClock> findByBreachedAtIsNotNull();

  /**
   * Clocks still running (neither met nor missed) per rule, of cases not in the given (final)
   * status: a clock whose work was cancelled with its case stops counting when the case is closed.
   */
  @Query(
      """
      select c.ruleId as ruleId, count(c) as running from DeadlineClock c, ServiceCase s
      where s.id = c.caseId and c.metAt is null and c.breachedAt is null and s.status <> :closed
      group by c.ruleId""")
  List<RunningClocks> countRunningByRule(CaseStatus closed);

  interface RunningClocks {
    String getRuleId();

    long getRunning();
  }

  /**
   * Clocks counting now (neither met, missed nor on hold) of open cases with a warning still to
   * send: what the warning scan reads, through {@code ix_deadline_clock_open}.
   */
  @Query(
      """
      select c from DeadlineClock c, ServiceCase s
      where s.id = c.caseId and c.metAt is null and c.breachedAt is null and c.pausedAt is null
        and c.warningsSent < :warnings and s.status <> :closed""")
  List<DeadlineClock> findRunningToWarn(int warnings, CaseStatus closed);

  /**
   * Records that the clock's warnings up to {@code sent} went out, once: 0 rows when another scan
   * (another node, a retry) recorded them first.
   */
  @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
  @Query(
      """
      update DeadlineClock c set c.warningsSent = :sent
      where c.id = :id and c.warningsSent = :before""")
  int markWarned(Long id, int before, int sent);

  /** Missed deadlines of the given cases, in one query (a page of search results). */
  List<DeadlineClock> findByCaseIdInAndBreachedAtIsNotNull(Collection<Long> caseIds);
}
