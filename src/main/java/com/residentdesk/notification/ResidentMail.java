package com.residentdesk.notification;

import com.residentdesk.casefile.ServiceCase;
import org.springframework.stereotype.Component;

/**
 * A resident-facing e-mail (or text message) from a template, through the outbox, once per dedupe
 * key.
 */
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

  /**
   * A text message to the phone the case was registered with, through the {@link SmsGateway}: the
   * template's {@code .sms} text with the same placeholders as the e-mail's body.
   */
  public void sendSms(
      ServiceCase serviceCase,
      MessagePurpose purpose,
      String template,
      String dedupe,
      Object... extra) {
    outbox.enqueueSms(
        dedupe + "-sms-" + serviceCase.getId(),
        serviceCase.getId(),
        purpose,
        serviceCase.getRequest().phone(),
        messages.text(template + ".sms", serviceCase, extra));
  }
}
