package com.residentdesk.notification;

import com.residentdesk.casefile.ServiceCase;
import org.springframework.stereotype.Component;

/** A resident-facing e-mail from a template, through the outbox, once per dedupe key. */
@Component
public class ResidentMail {

  private final ResidentMessages messages;
  private final Outbox outbox;

  public ResidentMail(ResidentMessages messages, Outbox outbox) {
    this.messages = messages;
    this.outbox = outbox;
  }

  /**
   * @return false when the resident has no e-mail address on file
   */
  public boolean send(
      ServiceCase serviceCase,
      MessagePurpose purpose,
      String template,
      String dedupe,
      Object... extra) {
    if (serviceCase.getRequest().email() == null) {
      return false;
    }
    ResidentMessages.Message message = messages.compose(template, serviceCase, extra);
    outbox.enqueue(
        dedupe + "-" + serviceCase.getId(),
        serviceCase.getId(),
        purpose,
        serviceCase.getRequest().email(),
        message.subject(),
        message.body());
    return true;
  }
}
