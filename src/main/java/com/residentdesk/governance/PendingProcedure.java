package com.residentdesk.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A procedure's claim by the change waiting for a decision: its primary key makes a second proposal
 * for the same procedure fail, even when two arrive at the same moment on two nodes.
 */
@Entity
@Table(name = "procedure_pending")
public class PendingProcedure {

  @Id private String procedureRef;
  private Long changeId;

  protected PendingProcedure() {}

  PendingProcedure(String procedureRef, Long changeId) {
    this.procedureRef = procedureRef;
    this.changeId = changeId;
  }

  public String getProcedureRef() {
    return procedureRef;
  }

  public Long getChangeId() {
    return changeId;
  }
}
