package com.residentdesk.system;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Times and durations as staff read them: in the company's time zone ({@code desk.time-zone}) or,
 * for one case, its property's, 24-hour, year-month-day (the Chinese order, and unambiguous in
 * English too); durations in words ("5分32秒", "5 min 32 s"), never ISO-8601 like PT5M32.964S.
 */
@Component
public class DeskFormat {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final ZoneId zone;

  public DeskFormat(DeskProperties properties) {
    this.zone = properties.timeZone();
  }

  public ZoneId zone() {
    return zone;
  }

  /** "2026-11-22 16:25:23" in the company's time zone; empty for no time. */
  public String time(Instant at) {
    return time(at, zone);
  }

  /** "2026-11-22 16:25:23" in the given (a property's) time zone; empty for no time. */
  public static String time(Instant at, ZoneId zone) {
    return at == null ? "" : TIME.format(at.atZone(zone));
  }

  /**
   * The two largest units of a duration, in whole seconds: "2天3小时", "5分32秒", "45秒" in Chinese; "2 d
   * 3 h", "5 min 32 s", "45 s" in English. Empty for no duration.
   */
  public static String duration(Duration duration, Locale locale) {
    if (duration == null) {
      return "";
    }
    boolean chinese = "zh".equals(locale.getLanguage());
    long seconds = Math.abs(duration.toMillis()) / 1000;
    long[] amounts = {seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60, seconds % 60};
    String[] units =
        chinese ? new String[] {"天", "小时", "分", "秒"} : new String[] {"d", "h", "min", "s"};
    int first = 0;
    while (first < amounts.length - 1 && amounts[first] == 0) {
      first++;
    }
    List<String> parts = new ArrayList<>();
    for (int i = first; i < Math.min(first + 2, amounts.length); i++) {
      if (amounts[i] != 0 || i == first) {
        parts.add(chinese ? amounts[i] + units[i] : amounts[i] + " " + units[i]);
      }
    }
    return (duration.isNegative() ? "-" : "") + String.join(chinese ? "" : " ", parts);
  }
}
