package com.residentdesk.audit;

import com.residentdesk.system.DeskClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each audit read in its own transaction, so a read-only request still leaves its trace.
 */
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
    // the searched-for number is user input: longer than a case number can be, it is cut to the
    // column (varchar 32) instead of failing the read with a 500
    reads.save(new AuditRead(reader, cut(what, 100), cut(caseNumber, 32), clock.now()));
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
