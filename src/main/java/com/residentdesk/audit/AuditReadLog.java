package com.residentdesk.audit;

import com.residentdesk.system.DeskClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records each audit read in its own transaction, so a read-only request still leaves its trace. */
@Component
public class AuditReadLog {

  private final AuditReadRepository reads;
  private final DeskClock clock;

  public AuditReadLog(AuditReadRepository reads, DeskClock clock) {
    this.reads = reads;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String reader, String what, String caseNumber) {
    reads.save(new AuditRead(reader, what, caseNumber, clock.now()));
  }
}
