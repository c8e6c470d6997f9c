package com.residentdesk.specialservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SVC-01's window at its edges: 5 minutes early and 2 minutes late are on time, a second more is
 * not.
 */
@Tag("fast")
class PunctualityTest {

  private static final Instant APPOINTMENT = Instant.parse("2026-11-28T01:00:00Z");

  private static Booking bookedForTheAppointment() {
    CatalogueEntry service = new CatalogueEntry(CatalogueEntry.COMPANY, "HK-HOURLY");
    service.change(
        new CatalogueEntry.Terms(
            "钟点家政保洁",
            "Hourly housekeeping",
            "hourly",
            "ordinary",
            new BigDecimal("45.00"),
            "hour",
            "front-desk",
            false,
            true),
        "owner",
        APPOINTMENT.minus(Duration.ofDays(10)));
    return new Booking(
        1L,
        service,
        new BigDecimal("2.00"),
        new BigDecimal("90.00"),
        null,
        APPOINTMENT,
        null,
        "clerk",
        APPOINTMENT.minus(Duration.ofDays(3)));
  }

  @ParameterizedTest(name = "arrived {0} s off the appointment: miss {1}, {2} min")
  @CsvSource({
    "-300, false, -5",
    "-301, true,  -6",
    "-60,  false, -1",
    "0,    false,  0",
    "120,  false,  2",
    "121,  true,   3",
    "900,  true,  15"
  })
  void arrivingMoreThanFiveMinutesEarlyOrTwoLateIsAMiss_SVC01(
      long seconds, boolean missed, int minutes) {
    Booking booking = bookedForTheAppointment();

    booking.recordArrival(APPOINTMENT.plusSeconds(seconds), "engineer");

    assertThat(booking.getPunctualityMissed()).isEqualTo(missed);
    assertThat(booking.getArrivalOffsetMinutes()).isEqualTo(minutes);
  }

  @ParameterizedTest(name = "{0} delivered of 2 quoted at 90 -> {1}")
  @CsvSource({"2, 90.00", "2.5, 112.50", "1, 45.00"})
  void theChargeIsTheQuotedRateTimesWhatWasDelivered_SVC16(String delivered, String charge) {
    assertThat(bookedForTheAppointment().chargeFor(new BigDecimal(delivered)))
        .isEqualByComparingTo(charge);
  }
}
