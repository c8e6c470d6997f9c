package com.residentdesk.notification;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

  /**
   * Due messages, the longest-waiting first, locked; rows another node is sending are skipped (SKIP
   * LOCKED where supported). Index ix_outbox_due_order serves the order.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
  @Query(
      """
      select m from OutboxMessage m where m.status = 'PENDING' and m.nextAttemptAt <= :now
      order by m.nextAttemptAt, m.id""")
  List<OutboxMessage> lockDue(Instant now, Limit limit);

  /** What waits in the outbox: one aggregate query over the pending rows (ix_outbox_due_order). */
  @Query(
      """
      select count(m) as pending, coalesce(sum(case when m.attempts > 0 then 1 else 0 end), 0) as failed,
        min(m.createdAt) as oldestCreatedAt
      from OutboxMessage m where m.status = 'PENDING'""")
  Backlog backlog();

  interface Backlog {
    long getPending();

    /** Pending messages that failed at least once and wait for their retry. */
    long getFailed();

    Instant getOldestCreatedAt();
  }

  Optional<OutboxMessage> findByDedupeKey(String dedupeKey);

  // a JPQL string: Hibernate translates it once, a derived query's criteria on every call
  @Query("select m from OutboxMessage m where m.caseId = ?1 and m.purpose = ?2")
  List<OutboxMessage> findByCaseIdAndPurpose(Long caseId, MessagePurpose purpose);

  List<OutboxMessage> findByCaseIdOrderByIdAsc(Long caseId);
}
