package com.residentdesk.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditReadRepository extends JpaRepository<AuditRead, Long> {

  List<AuditRead> findByCaseNumberOrderByReadAtAsc(String caseNumber);

  long deleteByReadAtBefore(Instant before);
}
