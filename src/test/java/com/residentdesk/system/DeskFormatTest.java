package com.residentdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times in the property's time zone, durations in words (issue 13). */
class DeskFormatTest {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  @Test
  void durationsAreWordsNotIso8601() {
    Duration fiveMinutes = Duration.parse("PT5M32.964S");

    assertThat(DeskFormat.duration(fiveMinutes, CHINESE)).isEqualTo("5分32秒");
    assertThat(DeskFormat.duration(fiveMinutes, Locale.ENGLISH)).isEqualTo("5 min 32 s");
    assertThat(DeskFormat.duration(Duration.ofSeconds(45), CHINESE)).isEqualTo("45秒");
    assertThat(DeskFormat.duration(Duration.ofMillis(300), Locale.ENGLISH)).isEqualTo("0 s");
    assertThat(DeskFormat.duration(Duration.parse("P2DT3H4M"), CHINESE)).isEqualTo("2天3小时");
    assertThat(DeskFormat.duration(Duration.parse("P2DT3H4M"), Locale.ENGLISH))
        .isEqualTo("2 d 3 h");
    assertThat(DeskFormat.duration(Duration.ofHours(1), CHINESE)).isEqualTo("1小时");
    assertThat(DeskFormat.duration(Duration.ofMinutes(-90), Locale.ENGLISH))
        .isEqualTo("-1 h 30 min");
    assertThat(DeskFormat.duration(null, CHINESE)).isEmpty();
  }

  @Test
  void timesAreInThePropertysTimeZoneIn24HoursYearFirst() {
    DeskFormat shanghai = new DeskFormat(properties(ZoneId.of("Asia/Shanghai")));

    assertThat(shanghai.time(Instant.parse("2026-11-22T15:05:09Z")))
        .isEqualTo("2026-11-22 23:05:09");
    assertThat(shanghai.time(Instant.parse("2026-11-22T16:05:09Z")))
        .isEqualTo("2026-11-23 00:05:09");
    assertThat(shanghai.time(null)).isEmpty();
  }

  private static DeskProperties properties(ZoneId zone) {
    return new DeskProperties(
        zone, "RS", null, null, null, null, null, null, null, null, null, null);
  }
}
