package com.residentdesk.notification;

/**
 * The port through which residents' text messages leave the desk (HLP-08: the progress link). The
 * outbox calls it once per message, outside any transaction of the caller, and marks the message
 * sent when it returns.
 *
 * <p>The contract for an adapter to a real SMS provider (阿里云短信, 腾讯云短信, ...):
 *
 * <ul>
 *   <li>{@link #send} returns only once the provider has <b>accepted</b> the message; delivery
 *       receipts are the provider's business.
 *   <li>Any refusal or fault (provider unreachable, quota, template rejected) throws {@link
 *       SmsFailure} with a short reason that contains no phone number and no message text: the
 *       outbox keeps the message and retries it with back-off, for ever, as it does mail.
 *   <li>The outbox delivers at least once: a crash between acceptance and the commit sends the
 *       message again. Pass {@code reference} (stable for the message) to the provider as its
 *       idempotency or "out id" field where it has one, so it can drop the repeat.
 *   <li>The adapter never logs the phone number or the text (the text carries the resident's link,
 *       which opens the case).
 *   <li>Declare the adapter as a Spring bean of this type; it replaces {@link LoggingSmsGateway}.
 * </ul>
 */
public interface SmsGateway {

  /**
   * @param reference stable per outbox message ({@code outbox-<id>})
   * @param phone the resident's number as registered (digits, perhaps a leading +, spaces, dashes)
   * @param text the whole message, at most a few hundred characters
   * @throws SmsFailure when the provider did not accept it
   */
  void send(String reference, String phone, String text);

  /** The provider did not accept a message; the outbox retries it. */
  class SmsFailure extends RuntimeException {

    public SmsFailure(String reason) {
      super(reason);
    }
  }
}
