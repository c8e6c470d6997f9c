package com.residentdesk.specialservice;

import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ACCEPTANCE_METHOD;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ACCEPTED_BY_RESIDENT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.APPOINTMENT_AT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.ARRIVED_AT;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.QUANTITY;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.QUOTED_PRICE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Field.SERVICE_CODE;
import static com.residentdesk.specialservice.SpecialServiceProcess.Var.ACCEPTANCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.intake.NewCaseRequest;
import com.residentdesk.sla.DeadlineClock;
import com.residentdesk.sla.DeadlineEscalationProcess;
import com.residentdesk.sla.Rules;
import com.residentdesk.support.DeskFixture;
import com.residentdesk.support.ProcessTestSupport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The special-service wiring with the engine's clock: a booking's deadlines run from its
 * appointment, never from its receipt (SVC-01, SVC-16).
 */
public class SpecialServiceProcessTest extends ProcessTestSupport {

  @org.springframework.beans.factory.annotation.Autowired private ServiceCatalogue catalogue;
  @org.springframework.beans.factory.annotation.Autowired private SpecialServices specialServices;

  /** Saturday 28 November 2026, 09:00 in Shanghai; the test's clock says Monday the 23rd, 10:00. */
  private static final OffsetDateTime SATURDAY_NINE =
      OffsetDateTime.of(2026, 11, 28, 9, 0, 0, 0, ZoneOffset.ofHours(8));

  private ProcessInstance bookedAndAccepted() {
    return bookedAndAccepted("HK-HOURLY", "90");
  }

  /** Two units of the service at the quoted price, accepted by the resident. */
  private ProcessInstance bookedAndAccepted(String serviceCode, String price) {
    NewCaseRequest request =
        new NewCaseRequest(
            "phone",
            DeskFixture.UNIT_WITH_EMAIL,
            "Test Resident",
            "13900000000",
            null,
            null,
            "special-service",
            null,
            "Two hours of housekeeping",
            "Whole flat",
            DeskFixture.PROPERTY_A,
            new BookingRequest(
                serviceCode,
                SATURDAY_NINE,
                new BigDecimal("2"),
                new BigDecimal(price),
                null,
                null));
    ProcessInstance instance = submit(request);
    completeAs(
        "clerk",
        "front-desk",
        instance,
        SpecialServiceProcess.Element.CONFIRM_CONTENT_AND_PRICE,
        ProcessVariable.variables(
            ACCEPTANCE.of("accepted"),
            ACCEPTED_BY_RESIDENT.of("Test Resident"),
            ACCEPTANCE_METHOD.of("signed")));
    return instance;
  }

  private Job arrivalTimer(ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(
            openTask(instance, SpecialServiceProcess.Element.RECORD_ARRIVAL).getProcessInstanceId())
        .activityId(SpecialServiceProcess.Element.NOBODY_ARRIVED)
        .timers()
        .singleResult();
  }

  @Test
  void aBookingForSaturdayIsNotBreachedOnTuesday_SVC16() {
    ProcessInstance instance = bookedAndAccepted();

    assertThat(clocks(instance))
        .extracting(DeadlineClock::getRuleId)
        .doesNotContain(Rules.CAT_04, Rules.SVC_03);
    assertThat(arrivalTimer(instance).getDuedate().toInstant())
        .isEqualTo(SATURDAY_NINE.plusMinutes(2).toInstant());
    assertThat(openTask(instance, SpecialServiceProcess.Element.RECORD_ARRIVAL).getDueDate())
        .isEqualTo(arrivalTimer(instance).getDuedate());
    assertThat(clock(instance, Rules.SVC_01, 0).getDueAt())
        .isEqualTo(SATURDAY_NINE.plusMinutes(2).toInstant());
  }

  @Test
  void nobodyThereTwoMinutesAfterTheAppointmentEscalatesToTheSupervisor_SVC01() {
    ProcessInstance instance = bookedAndAccepted();
    setClock(LocalDateTime.of(2026, 11, 28, 9, 2));

    engine.getManagementService().executeJob(arrivalTimer(instance).getId());

    assertThat(openTask(instance, DeadlineEscalationProcess.Element.HANDLE_ESCALATION))
        .isNotNull()
        .satisfies(
            task ->
                assertThat(
                        engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                            .map(link -> link.getGroupId()))
                    .contains("supervisor"));
    assertThat(clock(instance, Rules.SVC_01, 0).getBreachedAt()).isNotNull();
    assertThat(openTask(instance, SpecialServiceProcess.Element.RECORD_ARRIVAL)).isNotNull();
  }

  /** Housekeeping is delivered by the front desk's staff (the catalogue's delivering group). */
  @Test
  void anArrivalOnTimeMeetsTheDeadline_SVC01() {
    ProcessInstance instance = bookedAndAccepted();
    setClock(LocalDateTime.of(2026, 11, 28, 8, 56));

    completeAs(
        "clerk",
        "front-desk",
        instance,
        SpecialServiceProcess.Element.RECORD_ARRIVAL,
        ProcessVariable.variables(ARRIVED_AT.of("08:56")));

    DeadlineClock arrival = clock(instance, Rules.SVC_01, 0);
    assertThat(arrival.getMetAt()).isEqualTo(SATURDAY_NINE.minusMinutes(4).toInstant());
    assertThat(arrival.getBreachedAt()).isNull();
    assertThat(caseOf(instance).getArchivedAt()).isNull();
    assertThat(Duration.between(SATURDAY_NINE.toInstant(), arrival.getMetAt())).isNegative();
  }

  @Test
  void anArrivalBeforeTheBookingWasRegisteredIsRefused_SVC01() {
    NewCaseRequest withoutBooking =
        new NewCaseRequest(
            "phone",
            DeskFixture.UNIT_WITH_EMAIL,
            "Test Resident",
            "13900000000",
            null,
            null,
            "special-service",
            null,
            "Housekeeping today",
            "Whole flat",
            DeskFixture.PROPERTY_A,
            null);
    ProcessInstance instance = submit(withoutBooking);
    setClock(LocalDateTime.of(2026, 11, 23, 11, 0));
    completeAs(
        "clerk",
        "front-desk",
        instance,
        SpecialServiceProcess.Element.REGISTER_BOOKING,
        ProcessVariable.variables(
            SERVICE_CODE.of("HK-HOURLY"),
            APPOINTMENT_AT.of("2026-11-23T11:15+08:00"),
            QUANTITY.of("2"),
            QUOTED_PRICE.of("90")));
    completeAs(
        "clerk",
        "front-desk",
        instance,
        SpecialServiceProcess.Element.CONFIRM_CONTENT_AND_PRICE,
        ProcessVariable.variables(
            ACCEPTANCE.of("accepted"),
            ACCEPTED_BY_RESIDENT.of("Test Resident"),
            ACCEPTANCE_METHOD.of("phone")));
    setClock(LocalDateTime.of(2026, 11, 23, 11, 20));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                completeAs(
                    "clerk",
                    "front-desk",
                    instance,
                    SpecialServiceProcess.Element.RECORD_ARRIVAL,
                    ProcessVariable.variables(ARRIVED_AT.of("2026-11-23T10:30+08:00"))))
        .isInstanceOfSatisfying(
            com.residentdesk.system.InvalidEntryException.class,
            e -> assertThat(e.field()).isEqualTo("arrivedAt"));
    assertThat(specialServices.of(caseId(instance)).getArrivedAt()).isNull();
    completeAs(
        "clerk",
        "front-desk",
        instance,
        SpecialServiceProcess.Element.RECORD_ARRIVAL,
        ProcessVariable.variables(ARRIVED_AT.of("11:14")));
    assertThat(specialServices.of(caseId(instance)).getPunctualityMissed()).isFalse();
  }

  @Test
  void aCatalogueChangeIsRecordedAndNeverAltersAQuote_SVC16() {
    ProcessInstance instance = bookedAndAccepted("HK-LONG", "80");

    catalogue.change(
        DeskFixture.PROPERTY_A,
        "HK-LONG",
        new CatalogueEntry.Terms(
            "长期家政服务",
            "Long-term housekeeping",
            "long-term",
            "ordinary",
            new BigDecimal("50.00"),
            "hour",
            "front-desk",
            false,
            true),
        "Price of 2027",
        "cshead",
        java.util.Set.of("cs-head"),
        java.util.List.of(DeskFixture.PROPERTY_A));

    assertThat(catalogue.bookable(DeskFixture.PROPERTY_A, "HK-LONG").orElseThrow().getUnitPrice())
        .isEqualByComparingTo("50.00");
    assertThat(catalogue.bookable(DeskFixture.PROPERTY_B, "HK-LONG").orElseThrow().getUnitPrice())
        .isEqualByComparingTo("40.00");
    assertThat(catalogue.changesOf("HK-LONG"))
        .extracting(CatalogueChange::getChangedBy, CatalogueChange::getScope)
        .contains(org.assertj.core.groups.Tuple.tuple("cshead", DeskFixture.PROPERTY_A));
    Booking quoted = specialServices.of(caseId(instance));
    assertThat(quoted.getUnitPrice()).isEqualByComparingTo("40.00");
    assertThat(quoted.getQuotedPrice()).isEqualByComparingTo("80.00");
  }
}
