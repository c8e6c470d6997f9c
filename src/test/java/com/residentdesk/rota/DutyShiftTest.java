package com.residentdesk.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Which moments a rota line covers (HLP-01, HLP-02). */
class DutyShiftTest {

  private static final LocalDate FROM = LocalDate.of(2026, 11, 1);

  private static DutyShift shift(String starts, String ends, LocalDate validTo) {
    return new DutyShift(
        "PA",
        "engineering",
        "engineer",
        DutyRole.STAFF,
        LocalTime.parse(starts),
        LocalTime.parse(ends),
        FROM,
        validTo);
  }

  private static LocalDateTime at(String date, String time) {
    return LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time));
  }

  @Test
  void dayShiftCoversFromItsStartUntilJustBeforeItsEnd_HLP01() {
    DutyShift day = shift("08:00", "20:00", null);

    assertThat(day.covers(at("2026-11-23", "07:59"))).isFalse();
    assertThat(day.covers(at("2026-11-23", "08:00"))).isTrue();
    assertThat(day.covers(at("2026-11-23", "19:59"))).isTrue();
    assertThat(day.covers(at("2026-11-23", "20:00"))).isFalse();
  }

  @Test
  void nightShiftRunsAcrossMidnightAndBelongsToTheDayItStarts_HLP02() {
    DutyShift night = shift("20:00", "08:00", LocalDate.of(2026, 11, 23));

    assertThat(night.covers(at("2026-11-23", "23:30"))).isTrue();
    assertThat(night.covers(at("2026-11-24", "03:00")))
        .isTrue(); // the night that started on the 23rd
    assertThat(night.covers(at("2026-11-24", "21:00"))).isFalse(); // the 24th is past validTo
    assertThat(night.covers(at("2026-11-23", "12:00"))).isFalse();
  }

  @Test
  void equalTimesMeanTheWholeDayWithinTheValidity_HLP01() {
    DutyShift allDay = shift("08:00", "08:00", null);

    assertThat(allDay.covers(at("2026-11-23", "03:00"))).isTrue();
    assertThat(allDay.covers(at("2026-10-31", "12:00"))).isFalse();
  }
}
