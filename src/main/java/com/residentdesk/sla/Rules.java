package com.residentdesk.sla;

/** The SOP rules (../shared/sop/RULES.md) that carry a deadline in the request lifecycle. */
public final class Rules {

  /** Resident told the request was received, within 1 hour. */
  public static final String INT_04 = "INT-04";

  /** Front desk cannot resolve: supervisor consulted and resident answered within 5 minutes. */
  public static final String CAT_02 = "CAT-02";

  /** Dispatched within 24 hours; emergencies at once (the triage table sets the value). */
  public static final String CAT_04 = "CAT-04";

  /**
   * Special services: on site no more than 5 minutes early and no more than 2 minutes late; the
   * deadline runs from the appointment (SVC-16), and nobody there 2 minutes after it is escalated.
   */
  public static final String SVC_01 = "SVC-01";

  /** Small problems fixed within 24 hours, big problems answered within 3 days. */
  public static final String SVC_03 = "SVC-03";

  /** Written or electronic feedback within 24 hours of the handler's completion. */
  public static final String HLP_07 = "HLP-07";

  /** Complaints accepted and receipt confirmed within 24 hours. */
  public static final String CMP_01 = "CMP-01";

  /** A valid complaint not resolved within one month of acceptance becomes major. */
  public static final String CMP_02 = "CMP-02";

  /** Complaint measures carried out by the deadline the decision set. */
  public static final String CMP_06 = "CMP-06";

  /**
   * A written suggestion not handed over in person: the resident is called to be thanked at once.
   */
  public static final String SUG_02 = "SUG-02";

  /** Emergencies: the alerted staff acknowledge the alert (desk.emergency.acknowledgement). */
  public static final String EMG_01 = "EMG-01";

  /**
   * Emergencies: on site within 10 minutes between 09:00 and 22:00, 30 minutes otherwise (SVC-05).
   */
  public static final String EMG_04 = "EMG-04";

  /** Callback after the handler closed the request. */
  public static final String CB_01 = "CB-01";

  /** Repairs: callback after the trial-run period. */
  public static final String CB_02 = "CB-02";

  /** Every rule above: the bounded set of values a metric's {@code rule} tag may take. */
  public static final java.util.List<String> ALL =
      java.util.List.of(
          INT_04, CAT_02, CAT_04, SVC_01, SVC_03, HLP_07, CMP_01, CMP_02, CMP_06, SUG_02, EMG_04,
          CB_01, CB_02);

  private Rules() {}
}
