package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SamplingProcess.Field.FOLLOW_UP;
import static com.residentdesk.specialservice.SamplingProcess.Field.METHOD;
import static com.residentdesk.specialservice.SamplingProcess.Field.OTHER_SERVICES;
import static com.residentdesk.specialservice.SamplingProcess.Field.REASON;
import static com.residentdesk.specialservice.SamplingProcess.Var.SATISFACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.intake.NewCaseRequest;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import com.residentdesk.system.InvalidEntryException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly sampling with the engine's clock (SVC-09): the households served in August 2025 at
 * property A, each once and the month read in Shanghai, sampled on 1 September; the callback and
 * the follow-up of an unsatisfied household.
 */
public class SamplingProcessTest extends ProcessTestSupport {

  private static final YearMonth AUGUST = YearMonth.of(2025, 8);

  @Autowired private Sampling sampling;
  @Autowired private SamplingCallbackRepository samples;
  @Autowired private SpecialServices specialServices;
  @Autowired private BookingRepository bookings;

  /** A booking of the unit, its visit recorded at the given local time in Shanghai. */
  private void servedAt(String unit, LocalDateTime visit) {
    ProcessInstance pi =
        submit(
            new NewCaseRequest(
                "phone",
                unit,
                "Test Resident",
                "13900000000",
                null,
                null,
                "special-service",
                null,
                "Housekeeping",
                "Whole flat",
                DeskFixture.PROPERTY_A,
                new BookingRequest(
                    "HK-HOURLY",
                    visit.minusHours(1).atOffset(ZoneOffset.ofHours(8)),
                    new BigDecimal("2"),
                    new BigDecimal("90"),
                    null,
                    null)));
    Instant at = visit.atOffset(ZoneOffset.ofHours(8)).toInstant();
    transaction.executeWithoutResult(
        status -> {
          Booking b = specialServices.of(caseId(pi));
          b.recordHandling(
              new Booking.Handling(true, true, true, 60, new BigDecimal("2"), null, "paid", true),
              "clerk",
              at);
          bookings.save(b);
        });
  }

  private ProcessInstance callbackOf(SamplingCallback sample) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(
            "sampling:" + sample.getPropertyCode() + ":" + AUGUST + ":" + sample.getUnit())
        .variableValueEquals(SamplingProcess.Var.SAMPLING_ID.name(), sample.getId())
        .singleResult();
  }

  @Test
  void eachHouseholdServedLastMonthIsCountedOnceAndSampledOnTheFirst_SVC09() {
    samples.deleteAll(samples.findByPropertyCodeAndSampledMonth(DeskFixture.PROPERTY_A, "2025-08"));
    setClock(LocalDateTime.of(2025, 7, 25, 9, 0));
    servedAt(DeskFixture.UNIT_WITH_EMAIL, LocalDateTime.of(2025, 8, 5, 10, 0));
    servedAt(DeskFixture.UNIT_WITH_EMAIL, LocalDateTime.of(2025, 8, 19, 10, 0));
    servedAt(DeskFixture.UNIT_WITHOUT_EMAIL, LocalDateTime.of(2025, 8, 1, 0, 30));
    servedAt("1-0101", LocalDateTime.of(2025, 8, 31, 23, 30));
    // 1 September 00:30 in Shanghai is still 31 August in UTC: it is September's
    servedAt(DeskFixture.UNIT_READING_ENGLISH, LocalDateTime.of(2025, 9, 1, 0, 30));

    List<String> served = sampling.householdsServed(DeskFixture.PROPERTY_A, AUGUST);
    assertThat(served)
        .doesNotHaveDuplicates()
        .contains(DeskFixture.UNIT_WITH_EMAIL, DeskFixture.UNIT_WITHOUT_EMAIL, "1-0101")
        .doesNotContain(DeskFixture.UNIT_READING_ENGLISH);

    setClock(LocalDateTime.of(2025, 9, 1, 2, 0));
    assertThat(sampling.lastMonth()).isEqualTo(AUGUST);
    sampling.drawAll(sampling.lastMonth());

    List<SamplingCallback> drawn = sampling.of(DeskFixture.PROPERTY_A, AUGUST);
    assertThat(drawn).hasSize(Sampling.sampleSize(served.size()));
    assertThat(drawn)
        .extracting(SamplingCallback::getUnit)
        .doesNotHaveDuplicates()
        .isSubsetOf(served);
    assertThat(drawn)
        .allSatisfy(
            s -> {
              assertThat(s.getHouseholdsServed()).isEqualTo(served.size());
              assertThat(callbackOf(s).getTenantId()).isEqualTo(DeskFixture.PROPERTY_A);
            });

    sampling.drawAll(AUGUST);
    assertThat(sampling.of(DeskFixture.PROPERTY_A, AUGUST)).as("drawn once").hasSize(drawn.size());
  }

  @Test
  void anUnsatisfiedHouseholdGivesItsReasonOtherWishesAndIsFollowedUp_SVC09() {
    samples.deleteAll(samples.findByPropertyCodeAndSampledMonth(DeskFixture.PROPERTY_A, "2025-08"));
    setClock(LocalDateTime.of(2025, 7, 25, 9, 0));
    servedAt("1-0101", LocalDateTime.of(2025, 8, 12, 15, 0));
    setClock(LocalDateTime.of(2025, 9, 1, 2, 0));
    sampling.drawAll(AUGUST);
    SamplingCallback sample = sampling.of(DeskFixture.PROPERTY_A, AUGUST).get(0);
    ProcessInstance pi = callbackOf(sample);

    assertThatThrownBy(
            () ->
                completeAs(
                    "clerk",
                    "front-desk",
                    pi,
                    SamplingProcess.Element.CALL_BACK,
                    ProcessVariable.variables(METHOD.of("phone"), SATISFACTION.of("unsatisfied"))))
        .isInstanceOfSatisfying(
            InvalidEntryException.class, e -> assertThat(e.field()).isEqualTo("unsatisfiedReason"));
    completeAs(
        "clerk",
        "front-desk",
        pi,
        SamplingProcess.Element.CALL_BACK,
        ProcessVariable.variables(
            METHOD.of("intercom"),
            SATISFACTION.of("unsatisfied"),
            REASON.of("保洁迟到半小时"),
            OTHER_SERVICES.of("想要地板打蜡")));

    SamplingCallback answered = sampling.get(sample.getId());
    assertThat(answered.getSatisfied()).isFalse();
    assertThat(answered.getReason()).isEqualTo("保洁迟到半小时");
    assertThat(answered.getOtherServices()).isEqualTo("想要地板打蜡");
    assertThat(answered.getCalledBy()).isEqualTo("clerk");
    assertThat(openTask(pi, SamplingProcess.Element.FOLLOW_UP).getName())
        .contains(sample.getUnit());
    completeAs(
        "cshead",
        "cs-head",
        pi,
        SamplingProcess.Element.FOLLOW_UP,
        ProcessVariable.variables(FOLLOW_UP.of("已致歉，下次提前确认时间")));
    assertThat(sampling.get(sample.getId()).getFollowedUpBy()).isEqualTo("cshead");
  }
}
