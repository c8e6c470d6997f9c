package com.residentdesk.notification;

import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.property.PropertyDirectory;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** Texts sent to residents, in the resident's language (zh-CN unless the household says en). */
@Component
public class ResidentMessages {

  public record Message(String subject, String body) {}

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MessageSource texts;
  private final PropertyDirectory properties;

  public ResidentMessages(PropertyDirectory properties) {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages/resident");
    source.setDefaultEncoding("UTF-8");
    source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    source.setFallbackToSystemLocale(false);
    this.texts = source;
    this.properties = properties;
  }

  /**
   * A message of the given template; the body's placeholders are {0} name, {1} time of receipt, {2}
   * what was reported, {3} case number, then the extra values.
   */
  public Message compose(String key, ServiceCase serviceCase, Object... extra) {
    Locale locale = localeOf(serviceCase.getRequest().language());
    String what = texts.getMessage("category." + serviceCase.getRequest().category(), null, locale);
    String subject =
        texts.getMessage(
            key + ".subject", new Object[] {what, serviceCase.getCaseNumber()}, locale);
    return new Message(subject, text(key + ".body", serviceCase, extra));
  }

  /** One text of the bundle with the placeholders of {@link #compose}. */
  public String text(String key, ServiceCase serviceCase, Object... extra) {
    Locale locale = localeOf(serviceCase.getRequest().language());
    Object[] values = new Object[4 + extra.length];
    values[0] = serviceCase.getRequest().residentName();
    values[1] = WHEN.format(serviceCase.getReceivedAt().atZone(properties.zoneOf(serviceCase)));
    values[2] = texts.getMessage("category." + serviceCase.getRequest().category(), null, locale);
    values[3] = serviceCase.getCaseNumber();
    System.arraycopy(extra, 0, values, 4, extra.length);
    return texts.getMessage(key, values, locale);
  }

  /** A date and time a resident reads, in the case's property's time zone. */
  public String time(ServiceCase serviceCase, java.time.Instant at) {
    return WHEN.format(at.atZone(properties.zoneOf(serviceCase)));
  }

  static Locale localeOf(String language) {
    return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }
}
