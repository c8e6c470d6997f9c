package com.residentdesk.emergency;

import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.StaffNotifier;
import org.springframework.stereotype.Component;

/** Emergency alerts by e-mail, through the outbox (skipped for an account without an address). */
@Component
class EmailAlertChannel implements AlertChannel {

  private final StaffNotifier notifier;

  EmailAlertChannel(StaffNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void alert(String userId, Long caseId, String dedupeKey, String subject, String body) {
    notifier.notifyUser(userId, dedupeKey, caseId, MessagePurpose.EMERGENCY_ALERT, subject, body);
  }
}
