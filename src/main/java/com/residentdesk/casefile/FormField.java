package com.residentdesk.casefile;

/**
 * One entry of a task's form that its step reads, and where the entry goes when the task completes:
 * to the handling sheet (case data, then out of the process), out of the process without a sheet
 * line (confidential case data, CMP-09), or into the process as an outcome its gateways read.
 */
public record FormField(ProcessVariable<?> variable, String label, Use use) {

  public enum Use {
    SHEET,
    CONFIDENTIAL,
    OUTCOME,
    /** Kept by the step in a record of its own (a process without a case file). */
    RECORDED
  }

  public String name() {
    return variable.name();
  }

  /** Case data: it leaves the process when the task completes and stays out of its history. */
  public boolean isCaseData() {
    return use != Use.OUTCOME;
  }
}
