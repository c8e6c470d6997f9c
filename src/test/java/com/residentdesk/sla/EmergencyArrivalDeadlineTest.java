package com.residentdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.system.DeskProperties;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EMG-04/SVC-05 at the edges of the 09:00–22:00 window, in the property's time zone. */
class EmergencyArrivalDeadlineTest {

  private static final DeskProperties.Emergency SOP =
      new DeskProperties.Emergency(
          new DeskProperties.Hours(LocalTime.of(9, 0), LocalTime.of(22, 0)),
          "PT10M",
          "PT30M",
          "PT3M");

  @ParameterizedTest(name = "{0} local -> {1}")
  @CsvSource({
    "08:59, PT30M",
    "08:59:59, PT30M",
    "09:00, PT10M",
    "21:55, PT10M",
    "21:59, PT10M",
    "21:59:59, PT10M",
    "22:00, PT10M",
    "22:00:01, PT30M",
    "23:30, PT30M",
    "03:00, PT30M",
  })
  void arrivalDeadlineDependsOnTheLocalTimeOfTheReport_EMG04_SVC05(
      String localTime, String expected) {
    for (String zone : new String[] {"Asia/Shanghai", "America/New_York", "Pacific/Auckland"}) {
      ZoneId property = ZoneId.of(zone);
      var reportedAt =
          LocalDateTime.of(2026, 11, 23, 0, 0)
              .with(LocalTime.parse(localTime))
              .atZone(property)
              .toInstant();

      assertThat(Deadlines.arrivalAmount(SOP, property, reportedAt)).as(zone).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0} in Shanghai is {1} on the server")
  @CsvSource({"21:55, PT10M", "22:00, PT10M", "22:00:01, PT30M"})
  void theServersTimeZoneDoesNotMatter_EMG04(String shanghaiTime, String expected) {
    TimeZone jvmDefault = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      ZoneId property = ZoneId.of("Asia/Shanghai");
      var reportedAt =
          LocalDateTime.of(2026, 11, 23, 0, 0)
              .with(LocalTime.parse(shanghaiTime))
              .atZone(property)
              .toInstant();

      assertThat(Deadlines.arrivalAmount(SOP, property, reportedAt)).isEqualTo(expected);
    } finally {
      TimeZone.setDefault(jvmDefault);
    }
  }
}
