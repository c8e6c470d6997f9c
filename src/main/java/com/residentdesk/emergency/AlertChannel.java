package com.residentdesk.emergency;

/**
 * One way to reach a member of staff at once (EMG-01, HLP-01). Every channel the desk has is used
 * for every emergency alert: e-mail through the outbox today; an SMS gateway is one more
 * implementation of this interface, picked up without touching the alerting code.
 */
public interface AlertChannel {

  /**
   * Sends one alert in the transaction of the process step (through an outbox, so a rolled-back
   * step sends nothing); {@code dedupeKey} makes a retried step send it once.
   */
  void alert(String userId, Long caseId, String dedupeKey, String subject, String body);
}
