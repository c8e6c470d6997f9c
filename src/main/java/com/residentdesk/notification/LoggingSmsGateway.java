package com.residentdesk.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The development adapter of {@link SmsGateway}: it sends nothing and logs that a message would
 * have gone, with the number's last four digits and the text's length only (the text opens a case).
 * A real provider's adapter, declared as a bean, takes its place.
 */
public class LoggingSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

  @Override
  public void send(String reference, String phone, String text) {
    String digits = phone.replaceAll("[^0-9]", "");
    String tail = digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
    log.info(
        "SMS {} not sent (no SMS provider configured): to a number ending {}, {} characters",
        reference,
        tail,
        text.length());
  }

  @Configuration
  static class Default {

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway loggingSmsGateway() {
      return new LoggingSmsGateway();
    }
  }
}
