package com.residentdesk.governance;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProcedureChangeRepository extends JpaRepository<ProcedureChange, Long> {

  boolean existsByDeploymentId(String deploymentId);

  /** The record, newest first, filtered by procedure key (a word of procedures) and time. */
  @Query(
      """
      select c from ProcedureChange c
      where (:status is null or c.status = :status)
        and (:procedure is null or concat(' ', c.procedures, ' ') like concat('% ', :procedure, ' %'))
        and (:from is null or c.proposedAt >= :from)
        and (:to is null or c.proposedAt < :to)
      order by c.proposedAt desc, c.id desc
      """)
  List<ProcedureChange> search(
      @Param("status") ProcedureChange.Status status,
      @Param("procedure") String procedure,
      @Param("from") Instant from,
      @Param("to") Instant to);
}
