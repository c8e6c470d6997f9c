package com.residentdesk.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlinePauseRepository extends JpaRepository<DeadlinePause, Long> {

  /** The hold in force on a case (at most one). */
  Optional<DeadlinePause> findFirstByCaseIdAndResumedAtIsNull(Long caseId);

  List<DeadlinePause> findByCaseIdOrderByPausedAtAsc(Long caseId);
}
